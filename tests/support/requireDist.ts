import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './paths';

/** Build-output and browser tests read dist/: fail at once, with the fix, if it is missing. */
export default function requireDist(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does this for you).');
  }
}
