/**
 * The one time a build may write into its output: SOURCE_DATE_EPOCH if set
 * (https://reproducible-builds.org/specs/source-date-epoch/), else the date of
 * the last commit, else now. Two builds of the same commit thus produce the
 * same files (tests/build/determinism.test.ts).
 */
import { execFileSync } from 'node:child_process';

let cached: Date | undefined;

export function buildTime(): Date {
  cached ??= readBuildTime();
  return cached;
}

function readBuildTime(): Date {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cI'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (date) return new Date(date);
  } catch {
    // Not a git checkout (e.g. a source tarball): fall back to the current time.
  }
  return new Date();
}
