/**
 * The annual report as an XLSX workbook (exceljs): a sheet per table — 二、主动公开, 三、依申请公开,
 * 四、复议诉讼 — with the template's merged headers (the same grids the HTML page draws), the
 * figures as numbers, and a sheet of the texts.
 */
import ExcelJS from 'exceljs';
import { activeGrid, appealsGrid, reportTitle, requestsGrid, SECTIONS, type AnnualReport, type Grid } from '@gov-disclosure/sdk/report';

const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Draws `grid` from row `top` (1-based): each cell at the first free place of its row, spans merged. */
function draw(sheet: ExcelJS.Worksheet, grid: Grid, top: number): void {
  const taken = new Set<string>();
  grid.forEach((cells, r) => {
    let c = 1;
    for (const cell of cells) {
      while (taken.has(`${top + r}:${c}`)) c++;
      const [rows, cols] = [cell.rows ?? 1, cell.cols ?? 1];
      for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < cols; dc++) taken.add(`${top + r + dr}:${c + dc}`);
      if (rows > 1 || cols > 1) sheet.mergeCells(top + r, c, top + r + rows - 1, c + cols - 1);
      const target = sheet.getCell(top + r, c);
      target.value = cell.head ? cell.text : (cell.value ?? null);
      target.alignment = { vertical: 'middle', horizontal: cell.head ? 'left' : 'center', wrapText: true };
      if (cell.head) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
      for (let dr = 0; dr < rows; dr++) for (let dc = 0; dc < cols; dc++) sheet.getCell(top + r + dr, c + dc).border = BORDER;
      c += cols;
    }
  });
}

function sheetOf(book: ExcelJS.Workbook, name: string, title: string, grid: Grid, widths: number[]): void {
  const sheet = book.addWorksheet(name);
  sheet.columns = widths.map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, widths.length);
  const head = sheet.getCell(1, 1);
  head.value = title;
  head.font = { bold: true, size: 14 };
  head.alignment = { horizontal: 'center' };
  draw(sheet, grid, 2);
}

/** The report's workbook, as bytes. */
export async function reportXlsx(r: AnnualReport): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.title = reportTitle(r);
  book.creator = r.body;
  sheetOf(book, '二、主动公开', SECTIONS.active, activeGrid(r), [24, 16, 16, 16]);
  sheetOf(book, '三、依申请公开', SECTIONS.requests, requestsGrid(r), [12, 16, 40, 10, 10, 10, 12, 12, 10, 10]);
  sheetOf(book, '四、复议诉讼', SECTIONS.appeals, appealsGrid(r), Array(15).fill(10));
  const texts = book.addWorksheet('文字部分');
  texts.columns = [{ width: 36 }, { width: 100 }];
  for (const [heading, text] of [
    [SECTIONS.overview, r.overview],
    [SECTIONS.problems, r.problems],
    [SECTIONS.other, `${r.feeLine}\n${r.other}`.trim()],
  ] as const)
    texts.addRow([heading, text]).alignment = { vertical: 'top', wrapText: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
