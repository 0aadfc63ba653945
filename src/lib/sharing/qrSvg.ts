/**
 * A QR code as an inline SVG, for sharing a page to WeChat (or any phone
 * camera) from a screen: drawn at build time with the `qr` package (ISO/IEC
 * 18004, all eight masks scored; several times faster than `qrcode`, which
 * mattered at 20,000 codes a build), no service involved. One path of unit-high runs of dark modules, like the
 * PDFs' codes (src/lib/exports/pdf.ts), with a quiet zone of four modules
 * (the standard's minimum) so phones read it even on a dark page.
 */
import encodeQR from 'qr';

export const QR_QUIET_ZONE = 4;

export interface QrSvg {
  /** Modules per side, without the quiet zone. */
  modules: number;
  /** The <svg> element, `pixels` px square; `labelId` names its <title>. */
  svg: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A horizontal run of dark modules: `length` modules from (`row`, `col`). */
export interface QrRun {
  row: number;
  col: number;
  length: number;
}

/** The QR code of `url` (error correction M) as runs of dark modules, row by row: one shape per run, for SVG and PDF. */
export function qrRuns(url: string): { size: number; runs: QrRun[] } {
  // The smallest border the encoder allows (one module), cut off: callers draw their own quiet zone.
  const modules = encodeQR(url, 'raw', { ecc: 'medium', border: 1 })
    .slice(1, -1)
    .map((row) => row.slice(1, -1));
  const size = modules.length;
  const runs: QrRun[] = [];
  for (let row = 0; row < size; row++) {
    const line = modules[row]!;
    for (let col = 0; col < size; col++) {
      if (!line[col]) continue;
      let end = col;
      while (end + 1 < size && line[end + 1]) end++;
      runs.push({ row, col, length: end - col + 1 });
      col = end;
    }
  }
  return { size, runs };
}

export function qrSvg(url: string, options: { label: string; labelId: string; moduleSize?: number }): QrSvg {
  const { size, runs: dark } = qrRuns(url);
  const runs = dark.map(({ row, col, length }) => `M${col + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${length}v1h-${length}z`);
  const side = size + 2 * QR_QUIET_ZONE;
  const pixels = side * (options.moduleSize ?? 4);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${pixels}" height="${pixels}" ` +
    `role="img" aria-labelledby="${escapeXml(options.labelId)}" shape-rendering="crispEdges">` +
    `<title id="${escapeXml(options.labelId)}">${escapeXml(options.label)}</title>` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${runs.join('')}"/></svg>`;
  return { modules: size, svg };
}
