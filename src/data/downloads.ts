/**
 * The download files of this build, generated once from the site model and
 * shared by the endpoints that write them (src/pages/downloads/[...file].ts),
 * the downloads page and the project pages (which show their sizes).
 */
import { SITE_URL } from '../config/site';
import { buildTime } from './buildTime';
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

async function generate(): Promise<Downloads> {
  const { model } = await getSite();
  // The build time (buildTime.ts), so two builds of one commit produce the same files.
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
