/**
 * `npm run check:content [-- --root <dir>]`: validates every entry under
 * <root>/content with the site's schemas and reports all errors at once.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { CONTACT_IDS, contacts } from '../src/config/contacts';
import { checkContent, type ContentFile } from '../src/lib/content/checkContent';
import { formatContentError } from '../src/lib/content/contentError';
import { COLLECTION_NAMES, collections } from '../src/schemas';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const root = path.resolve(values.root);

const files: ContentFile[] = [];
for (const collection of COLLECTION_NAMES) {
  const dir = path.join(root, 'content', collection);
  const matches = await glob(collections[collection].pattern, { cwd: dir });
  for (const match of matches.sort()) {
    const absolute = path.join(dir, match);
    files.push({ collection, file: path.relative(root, absolute), text: await readFile(absolute, 'utf8') });
  }
}

const { errors, collections: entries } = checkContent(files, CONTACT_IDS);
const sourceIds = new Set(entries.sources.map((source) => source.id));
for (const [id, contact] of Object.entries(contacts)) {
  if (!sourceIds.has(contact.source)) {
    errors.push({
      file: 'src/config/contacts.ts',
      field: `${id}.source`,
      message: `unknown source "${contact.source}"; expected an id from content/sources/`,
    });
  }
}

if (errors.length > 0) {
  console.error(`check:content found ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${root}/content:`);
  for (const error of errors) console.error(`  ✗ ${formatContentError(error)}`);
  process.exitCode = 1;
} else {
  const counts = COLLECTION_NAMES.map((name) => `${entries[name].length} ${name}`).join(', ');
  console.log(`check:content: ${files.length} files OK (${counts})`);
}
