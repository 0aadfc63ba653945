/**
 * The PDF font: Noto Sans SC Regular from the npm package
 * @expo-google-fonts/noto-sans-sc (SIL Open Font License 1.1), read from
 * node_modules at build time. pdfkit embeds only the glyphs each PDF uses;
 * bold text is drawn from the same face (see bold() in src/lib/exports/pdf.ts).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parsePdfFonts, type PdfFonts } from '../lib/exports/pdf';

const require = createRequire(import.meta.url);
const FONT_FILE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

export async function loadPdfFontFile(): Promise<Uint8Array> {
  return readFile(require.resolve(FONT_FILE));
}

export async function loadPdfFonts(): Promise<PdfFonts> {
  return parsePdfFonts(await loadPdfFontFile());
}
