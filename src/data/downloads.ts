/**
 * The download files of this build, generated once from the site model and
 * shared by the endpoints that write them (src/pages/downloads/[...file].ts),
 * the downloads page and the project pages (which show their sizes). The only
 * module that reads the PDF fonts from disk.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { SITE_URL } from '../config/site';
import { generateDownloads, parsePdfFonts, planDownloads, type DownloadSpec, type PdfFonts } from '../lib/exports';
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

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';

/** Noto Sans SC Regular and Bold from the npm package (SIL Open Font License). */
export async function loadPdfFonts(): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all(
    ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'].map((file) =>
      readFile(require.resolve(`${FONT_PACKAGE}/${file}`)),
    ),
  );
  return parsePdfFonts(regular!, bold!);
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
  const files = await generateDownloads(planDownloads(model), model, { siteUrl: SITE_URL, generatedAt }, await loadPdfFonts());
  const list = files.map(({ spec, bytes }) => ({ spec, bytes }));
  return { generatedAt, files: list, byPath: new Map(list.map((file) => [file.spec.path, file])) };
}

let downloads: Promise<Downloads> | undefined;
/** Every download file, generated on first use and shared by the whole build. */
export function getDownloads(): Promise<Downloads> {
  downloads ??= generate();
  return downloads;
}
