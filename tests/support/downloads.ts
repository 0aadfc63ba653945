/** Reading download files back: PDF text and page counts with poppler-utils, JSON Schema validation with Ajv. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

let scratch: string | undefined;
function asFile(pdf: Uint8Array | string): string {
  if (typeof pdf === 'string') return pdf;
  scratch ??= mkdtempSync(path.join(tmpdir(), 'lvliang-pdf-'));
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** Text of a PDF (or of pages first–last) as pdftotext extracts it. */
export function pdfText(pdf: Uint8Array | string, options: { first?: number; last?: number; layout?: boolean } = {}): string {
  const args = ['-enc', 'UTF-8'];
  if (options.first) args.push('-f', String(options.first));
  if (options.last) args.push('-l', String(options.last));
  if (options.layout) args.push('-layout');
  return execFileSync('pdftotext', [...args, asFile(pdf), '-'], { encoding: 'utf8' });
}

/** Text of each page, in order. */
export function pdfPages(pdf: Uint8Array | string, layout = false): string[] {
  // pdftotext separates pages with a form feed.
  return pdfText(pdf, { layout }).split('\f').slice(0, -1);
}

/**
 * Entries of a PDF's table of contents: lines that end in a page number
 * (pdftotext -layout keeps the title and its number on one line).
 */
export function contentsEntries(pageText: string): { title: string; page: number }[] {
  return [...pageText.matchAll(/^\s*(\S.*?)\s{2,}(\d+)\s*$/gm)].map((match) => ({ title: match[1]!, page: Number(match[2]) }));
}

export function pdfInfo(pdf: Uint8Array | string): Record<string, string> {
  const out = execFileSync('pdfinfo', [asFile(pdf)], { encoding: 'utf8' });
  return Object.fromEntries(
    out.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

/** Fonts of a PDF as pdffonts lists them: name, embedded, subset. */
export function pdfFonts(pdf: Uint8Array | string): { name: string; embedded: boolean; subset: boolean }[] {
  const lines = execFileSync('pdffonts', [asFile(pdf)], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean);
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type… encoding emb sub uni object ID
    const [emb, sub] = columns.slice(-5, -3);
    return { name: columns[0]!, embedded: emb === 'yes', subset: sub === 'yes' };
  });
}

/** Text normalised for comparison: pdftotext breaks long titles over lines. */
export const squash = (text: string) => text.replace(/\s+/g, '');

export function jsonSchemaValidator(schema: object) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(schema);
}
