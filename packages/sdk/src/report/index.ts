/**
 * `@gov-disclosure/sdk/report`: the annual report on 政府信息公开 work (国办公开办函〔2021〕30号)
 * computed from a column's requests, documents and appeals — its tables with the template's labels,
 * the template's balance check, and the report as HTML and CSV (the server adds XLSX).
 */
export * from './template.js';
export { Appeal, AnnualReport, ReportInputs, RequestTable } from './report.js';
export {
  buildReport,
  feeLine,
  outcomeRow,
  reportRequestOf,
  tallyAppeals,
  tallyDocuments,
  tallyRequests,
  type ReportDocument,
  type ReportRequest,
} from './tally.js';
export { assertBalanced, imbalances } from './balance.js';
export { activeGrid, appealsGrid, isWide, requestsGrid, scopeOf, type Cell, type Grid } from './layout.js';
export { bodyOf, reportHtml, reportsIndex, reportTitle } from './html.js';
export { reportCsv, reportRows } from './csv.js';
export { ReportBalanceError, type Imbalance } from '../errors.js';
