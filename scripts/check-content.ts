/**
 * `npm run check:content [-- --root <dir>]`: validates every entry under
 * <root>/content with the site's schemas and reports all errors at once.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatContentError } from '../src/lib/content/contentError';
import { COLLECTION_NAMES } from '../src/schemas';
import { checkContentDir } from '../src/data/contentFiles';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = path.resolve(values.root);
const { errors, collections, files } = await checkContentDir(root);

if (errors.length > 0) {
  console.error(`check:content found ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${root}/content:`);
  for (const error of errors) console.error(`  ✗ ${formatContentError(error)}`);
  process.exitCode = 1;
} else {
  const counts = COLLECTION_NAMES.map((name) => `${collections[name].length} ${name}`).join(', ');
  console.log(`check:content: ${files.length} files OK (${counts})`);
}
