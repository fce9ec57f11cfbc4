/**
 * Reading the tables counties publish: CSV (UTF-8, or GBK/GB18030 as many government files are)
 * and XLSX (merged cells filled in from their master cell). A table is rows of text, with the
 * source row numbers kept for error messages.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { CliError } from '../errors.js';

export interface Table {
  file: string;
  sheet?: string;
  /** Cells as text, row by row. */
  rows: string[][];
  /** How the file was decoded (CSV). */
  encoding?: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Decodes CSV bytes: a BOM decides; else UTF-8 if it is valid UTF-8; else GB18030 (a superset of GBK). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  return head.includes(0);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

async function readXlsx(file: string, bytes: Buffer): Promise<Table[]> {
  // Loaded when a workbook is read: build and check, which read none, start without it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new CliError(`${file}: not a readable XLSX workbook (${(error as Error).message})`);
  }
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row: string[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const cell = sheet.getCell(r, c);
        // A merged cell (a 一级事项 spanning many rows) takes its master's value.
        row.push(cellText(cell.isMerged ? cell.master.value : cell.value).trim());
      }
      rows.push(row);
    }
    return { file, sheet: sheet.name, rows };
  });
}

/** Reads a CSV or XLSX file into tables (one per sheet). */
export async function readTables(file: string): Promise<Table[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new CliError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (bytes.length === 0) throw new CliError(`${file}: the file is empty`);
  if (ZIP.every((b, i) => bytes[i] === b)) return readXlsx(file, bytes);
  if (['.xls'].includes(extname(file).toLowerCase())) throw new CliError(`${file}: old .xls workbooks are not supported; save it as .xlsx or .csv`);
  if (looksBinary(bytes)) throw new CliError(`${file}: this is not a CSV or XLSX file (it holds binary data)`);
  const { text, encoding } = decodeText(bytes);
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: true }) as string[][];
  } catch (error) {
    throw new CliError(`${file}: not readable as CSV (${(error as Error).message})`);
  }
  return [{ file: basename(file) === file ? file : file, rows, encoding }];
}
