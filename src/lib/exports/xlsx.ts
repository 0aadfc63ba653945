/**
 * Thin Excel writer (exceljs): one sheet per table (the catalogue in each
 * language, and the investment opportunities in each language), with a frozen header row, an auto-filter, column widths,
 * investment as numbers and full dates as dates; then the README sheet.
 */
import ExcelJS from 'exceljs';
import { useTranslations } from '../../i18n';
import type { WorkbookReadme, ReadmeValue } from './readme';
import type { Cell, Table } from './table';
import { setZipTimestamps } from './zipTime';

export interface XlsxResult {
  bytes: Uint8Array<ArrayBuffer>;
  /** Row ids (project ids, or opportunity ids) written to each sheet, by sheet name. */
  rowIds: Record<string, string[]>;
}

const DATE_FORMAT = 'yyyy-mm-dd';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF6F3EC' } };
const LONG_TEXT_WIDTH = 30;

function cellValue(cell: Cell): ExcelJS.CellValue {
  switch (cell.type) {
    case 'text':
    case 'number':
    case 'date':
      return cell.value;
    case 'link':
      return { text: cell.value, hyperlink: cell.value };
    case 'empty':
      return null;
  }
}

function readmeValue(value: ReadmeValue): ExcelJS.CellValue {
  return typeof value === 'object' && 'link' in value ? { text: value.link, hyperlink: value.link } : value;
}

function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: Table): string[] {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({ header: column.header, key: column.key, width: column.width }));
  for (const row of table.rows) sheet.addRow(row.cells.map(cellValue));
  table.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    const wrap = column.width >= LONG_TEXT_WIDTH;
    sheetColumn.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
      if (rowNumber === 1) return;
      if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
      else if (typeof cell.value === 'number' && column.numberFormat) cell.numFmt = column.numberFormat;
      cell.alignment = { vertical: 'top', wrapText: wrap };
    });
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return table.rows.map((row) => row.id);
}

function addReadmeSheet(workbook: ExcelJS.Workbook, readme: WorkbookReadme): void {
  const sheet = workbook.addWorksheet(`${useTranslations('zh')('exports.readme.sheet')} README`);
  sheet.columns = [{ width: 26 }, { width: 34 }, { width: 60 }, { width: 12 }, { width: 50 }, { width: 22 }];
  sheet.addRow([readme.title]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  for (const [zh, en, value] of readme.facts) {
    const row = sheet.addRow([zh, en, readmeValue(value)]);
    const cell = row.getCell(3);
    if (value instanceof Date) cell.numFmt = DATE_FORMAT;
    cell.alignment = { horizontal: 'left' };
  }
  sheet.addRow([]);
  for (const note of readme.notes) {
    const row = sheet.addRow([note]);
    sheet.mergeCells(row.number, 1, row.number, 6);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.height = 32;
  }
  sheet.addRow([]);
  sheet.addRow([readme.sourcesHeading]).font = { bold: true };
  const header = sheet.addRow(readme.sourceColumns);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  for (const source of readme.sources) sheet.addRow(source.map((value) => readmeValue(value)));
}

/** A workbook with one sheet per table (named by `sheetNames`) and a README sheet. */
export async function writeWorkbook(
  tables: { name: string; table: Table }[],
  readme: WorkbookReadme,
  meta: { title: string; generatedAt: Date },
): Promise<XlsxResult> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Invest Lüliang (吕梁投资指南)';
  workbook.title = meta.title;
  workbook.created = meta.generatedAt;
  workbook.modified = meta.generatedAt;
  const rowIds: Record<string, string[]> = {};
  for (const { name, table } of tables) rowIds[name] = addTableSheet(workbook, name, table);
  addReadmeSheet(workbook, readme);
  const buffer = await workbook.xlsx.writeBuffer();
  // The generation time, not the time of zipping: the same content gives the same file.
  return { bytes: setZipTimestamps(new Uint8Array(buffer as ArrayBuffer), meta.generatedAt), rowIds };
}
