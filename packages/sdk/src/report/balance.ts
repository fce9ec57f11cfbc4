/**
 * The template's checks of section 三 (国办公开办函〔2021〕30号): in every column 一 + 二 = 三（七）+ 四;
 * （七）总计 is the sum of （一） to （六）; and each row's 总计 the sum of its six columns. A report
 * that fails one is refused, naming the column (or row) and both sides.
 */
import { ReportBalanceError, type Imbalance } from '../errors.js';
import type { RequestTable } from './report.js';
import { APPLICANT_COLUMNS, REQUEST_ROWS } from './template.js';

const OUTCOME_ROWS = REQUEST_ROWS.filter((r) => !['new', 'carried-in', 'total', 'carried-out'].includes(r.id));

/** The checks of section 三 that fail; none for a table that balances. */
export function imbalances(table: RequestTable): Imbalance[] {
  const found: Imbalance[] = [];
  const cell = (row: string, column: number) => table[row]?.[column] ?? 0;
  APPLICANT_COLUMNS.forEach((c, column) => {
    const left = cell('new', column) + cell('carried-in', column);
    const right = cell('total', column) + cell('carried-out', column);
    if (left !== right) found.push({ where: c.label, check: '一 + 二 = 三（七）+ 四', left, right });
    const outcomes = OUTCOME_ROWS.reduce((sum, r) => sum + cell(r.id, column), 0);
    if (outcomes !== cell('total', column))
      found.push({ where: c.label, check: '（七）总计 =（一）至（六）之和', left: cell('total', column), right: outcomes });
  });
  for (const row of REQUEST_ROWS) {
    const six = APPLICANT_COLUMNS.slice(0, -1).reduce((sum, _, column) => sum + cell(row.id, column), 0);
    const total = cell(row.id, APPLICANT_COLUMNS.length - 1);
    if (six !== total) found.push({ where: row.label, check: '总计 = 自然人 + 法人或其他组织', left: total, right: six });
  }
  return found;
}

/** Throws a {@link ReportBalanceError} if section 三 does not balance. */
export function assertBalanced(table: RequestTable): void {
  const found = imbalances(table);
  if (found.length) throw new ReportBalanceError(found);
}
