/**
 * CSV as RFC 4180 describes it: CRLF line ends, fields quoted when they hold
 * a comma, a quote or a line break, quotes doubled. UTF-8 with a byte-order
 * mark, so Excel on Windows opens the Chinese text correctly.
 */
import { isoDate } from '../format';
import type { Cell, Table } from './table';

export const UTF8_BOM = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe (OWASP "CSV injection"); numbers are written as numbers.
 */
function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function cellText(cell: Cell): string {
  switch (cell.type) {
    case 'text':
      return guardFormula(cell.value);
    case 'link':
      return cell.value;
    case 'number':
      return String(cell.value);
    case 'date':
      return isoDate(cell.value);
    case 'empty':
      return '';
  }
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(table: Table): string {
  const lines = [
    table.columns.map((column) => csvField(column.header)),
    ...table.rows.map((row) => row.cells.map((cell) => csvField(cellText(cell)))),
  ];
  return `${UTF8_BOM}${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}
