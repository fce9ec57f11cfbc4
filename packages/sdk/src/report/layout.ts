/**
 * The annual report's tables as the 2021 template draws them: each a grid of header and data
 * cells with their spans. The HTML page and the XLSX workbook are both drawn from these grids, so
 * that their merged headers are the same.
 */
import type { AnnualReport } from './report.js';
import {
  APPEAL_KINDS,
  APPEAL_RESULTS,
  APPEAL_TOTAL,
  APPLICANT_COLUMNS,
  APPLICANT_GROUP,
  DECISION_ROWS,
  DOCUMENT_COLUMNS,
  DOCUMENT_KINDS,
  ORGANISATION_GROUP,
  REQUEST_ROWS,
  RESULTS_HEADING,
} from './template.js';

export interface Cell {
  text: string;
  /** A header cell (th) or a figure. */
  head?: boolean;
  /** A figure: a count, or an amount. */
  value?: number | null;
  rows?: number;
  cols?: number;
}
export type Grid = Cell[][];

/** A header's scope: in a row of headers alone it heads the columns under it; beside figures, its row(s). */
export function scopeOf(cell: Cell, row: readonly Cell[]): 'col' | 'colgroup' | 'row' | 'rowgroup' {
  if (row.every((c) => c.head)) return (cell.cols ?? 1) > 1 ? 'colgroup' : 'col';
  return (cell.rows ?? 1) > 1 ? 'rowgroup' : 'row';
}

/** Whether a table is wider than a phone reads whole (more than four columns). */
export const isWide = (grid: Grid) => Math.max(...grid.map((row) => row.reduce((n, c) => n + (c.cols ?? 1), 0))) > 4;

const h = (text: string, cols = 1, rows = 1): Cell => ({ text, head: true, cols, rows });
const n = (value: number | null): Cell => ({ text: value === null ? '—' : String(value), value });

/** Section 二: 第二十条第（一）（五）（六）（八）项, in one table of four columns. */
export function activeGrid(r: AnnualReport): Grid {
  const grid: Grid = [[h('第二十条第（一）项', 4)], [h('信息内容'), ...DOCUMENT_COLUMNS.map((c) => h(c))]];
  for (const k of DOCUMENT_KINDS) grid.push([h(k.label), ...r.documents[k.id].map(n)]);
  let item = '';
  for (const d of DECISION_ROWS) {
    if (d.item !== item) {
      item = d.item;
      grid.push([h(d.item, 4)], [h('信息内容'), h(d.column, 3)]);
    }
    grid.push([h(d.label), { ...n(r.decisions[d.id]), cols: 3 }]);
  }
  return grid;
}

/** Section 三: the applicant columns under their group headers, the rows of 一 to 四 with 三's outcomes nested. */
export function requestsGrid(r: AnnualReport): Grid {
  const cells = (id: string) => r.requests[id]!.map(n);
  const grid: Grid = [
    [h('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), h(APPLICANT_GROUP, 7)],
    [h(APPLICANT_COLUMNS[0].label, 1, 2), h(ORGANISATION_GROUP, 5), h(APPLICANT_COLUMNS[6].label, 1, 2)],
    APPLICANT_COLUMNS.slice(1, 6).map((c) => h(c.label)),
  ];
  const results = REQUEST_ROWS.filter((row) => !['new', 'carried-in', 'carried-out'].includes(row.id));
  let group: string | undefined;
  for (const row of REQUEST_ROWS) {
    const lead: Cell[] = [];
    if (row === results[0]) lead.push(h(RESULTS_HEADING, 1, results.length));
    if (!results.includes(row)) lead.push(h(row.label, 3));
    else if (!row.group) lead.push(h(row.label, 2));
    else {
      if (row.group !== group) lead.push(h(row.group, 1, REQUEST_ROWS.filter((x) => x.group === row.group).length));
      lead.push(h(row.label));
    }
    group = row.group;
    grid.push([...lead, ...cells(row.id)]);
  }
  return grid;
}

/** Section 四: 行政复议, and 行政诉讼 split into 未经复议直接起诉 and 复议后起诉, five columns each. */
export function appealsGrid(r: AnnualReport): Grid {
  const five = () => [...APPEAL_RESULTS.map((x) => h(x.label)), h(APPEAL_TOTAL)];
  const [review, direct, after] = APPEAL_KINDS;
  return [
    [h(review.group, 5), h(direct.group, 10)],
    [...APPEAL_RESULTS.map((x) => h(x.label, 1, 2)), h(APPEAL_TOTAL, 1, 2), h(direct.label, 5), h(after.label, 5)],
    [...five(), ...five()],
    [...r.appeals.review.map(n), ...r.appeals.direct.map(n), ...r.appeals['after-review'].map(n)],
  ];
}
