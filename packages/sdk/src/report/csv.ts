/**
 * The annual report's figures as CSV, one figure a line (表, 行, 列, 数值): easy to read back, to
 * pivot in a spreadsheet or to load into a province's tally. UTF-8 with a BOM, so that Excel reads
 * the Chinese; RFC 4180 quoting.
 */
import type { AnnualReport } from './report.js';
import {
  APPEAL_KINDS,
  APPEAL_RESULTS,
  APPEAL_TOTAL,
  APPLICANT_COLUMNS,
  DECISION_ROWS,
  DOCUMENT_COLUMNS,
  DOCUMENT_KINDS,
  REQUEST_ROWS,
  SECTIONS,
} from './template.js';

const field = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** The figures of sections 二, 三 and 四, a line each. */
export function reportRows(r: AnnualReport): [section: string, row: string, column: string, value: number | null][] {
  const rows: [string, string, string, number | null][] = [];
  for (const k of DOCUMENT_KINDS) DOCUMENT_COLUMNS.forEach((c, i) => rows.push([SECTIONS.active, `第二十条第（一）项 ${k.label}`, c, r.documents[k.id][i]!]));
  for (const d of DECISION_ROWS) rows.push([SECTIONS.active, `${d.item} ${d.label}`, d.column, r.decisions[d.id]]);
  for (const row of REQUEST_ROWS)
    APPLICANT_COLUMNS.forEach((c, i) => rows.push([SECTIONS.requests, row.group ? `${row.group} ${row.label}` : row.label, c.label, r.requests[row.id]![i]!]));
  for (const k of APPEAL_KINDS)
    [...APPEAL_RESULTS.map((x) => x.label), APPEAL_TOTAL].forEach((c, i) =>
      rows.push([SECTIONS.appeals, k.group === k.label ? k.label : `${k.group} ${k.label}`, c, r.appeals[k.id][i]!]),
    );
  return rows;
}

export function reportCsv(r: AnnualReport): string {
  const lines = [['表', '行', '列', '数值'], ...reportRows(r)].map((line) => line.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
