/**
 * The PDF fonts: Noto Sans SC Regular and Bold from the npm package
 * @expo-google-fonts/noto-sans-sc (SIL Open Font License 1.1). Read from
 * node_modules at build time; pdfkit embeds only the glyphs each PDF uses.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parsePdfFonts, type PdfFonts } from '../lib/exports/pdf';

const require = createRequire(import.meta.url);
const FONT_FILES = ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf'] as const;

export async function loadPdfFontFiles(): Promise<[Uint8Array, Uint8Array]> {
  const [regular, bold] = await Promise.all(
    FONT_FILES.map((file) => readFile(require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`))),
  );
  return [regular!, bold!];
}

export async function loadPdfFonts(): Promise<PdfFonts> {
  return parsePdfFonts(...(await loadPdfFontFiles()));
}
