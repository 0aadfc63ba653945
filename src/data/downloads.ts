/**
 * The download files of this build, generated once from the site model and
 * shared by the endpoints that write them (src/pages/downloads/[...file].ts),
 * the downloads page and the project pages (which show their sizes).
 */
import { execFileSync } from 'node:child_process';
import { SITE_URL } from '../config/site';
import { planDownloads, type DownloadSpec } from '../lib/exports';
import { generateDownloadsOnAllCores } from './downloadPool';
import { getSite } from './site';

export interface DownloadFile {
  spec: DownloadSpec;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface Downloads {
  generatedAt: Date;
  files: DownloadFile[];
  byPath: ReadonlyMap<string, DownloadFile>;
}

/**
 * When the files were generated: SOURCE_DATE_EPOCH if set (reproducible
 * builds), else the date of the last commit, else now. Two builds of the same
 * commit thus produce the same files.
 */
export function buildTime(): Date {
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

async function generate(): Promise<Downloads> {
  const { model } = await getSite();
  const generatedAt = buildTime();
  const files = await generateDownloadsOnAllCores(planDownloads(model), model, { siteUrl: SITE_URL, generatedAt });
  const list = files.map(({ spec, bytes }) => ({ spec, bytes }));
  return { generatedAt, files: list, byPath: new Map(list.map((file) => [file.spec.path, file])) };
}

let downloads: Promise<Downloads> | undefined;
/** Every download file, generated on first use and shared by the whole build. */
export function getDownloads(): Promise<Downloads> {
  downloads ??= generate();
  return downloads;
}
