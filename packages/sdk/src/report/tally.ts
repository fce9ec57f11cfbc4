/**
 * The annual report's tables counted from the column: section 三 from the requests' steps (an
 * answer counts in the year its reply was approved, under the outcome drafted with it; one outcome
 * each, so a 区分处理 counts only as 部分公开), section 二's documents from the policies (their kind
 * and dates), section 四 from the register of appeals, and 六's fee line from the fees paid.
 */
import type { Applicant } from '../schemas/request.js';
import type { RequestEvent } from '../workflow/events.js';
import type { Outcome } from '../workflow/outcomes.js';
import type { AnnualReport, Appeal, ReportInputs, RequestTable } from './report.js';
import { APPEAL_KINDS, APPEAL_RESULTS, APPLICANT_COLUMNS, DOCUMENT_KINDS, REQUEST_ROWS, type ApplicantColumn } from './template.js';

/** A request as the report counts it. */
export interface ReportRequest {
  receivedAt: string;
  applicant: Exclude<ApplicantColumn, 'total'>;
  /** The day its reply was approved (答复), and the outcome drafted with it. */
  answeredAt?: string | undefined;
  outcome?: Outcome | undefined;
  /** Fees paid: how much (元) and when. */
  fees: { amount: number; paidOn: string }[];
}

/** A stored request's facts for the report, read from its workflow steps. */
export function reportRequestOf(r: {
  receivedAt: string;
  request: { applicant: Applicant };
  timeline: readonly { step?: RequestEvent | undefined }[];
}): ReportRequest {
  const a = r.request.applicant;
  const out: ReportRequest = { receivedAt: r.receivedAt, applicant: a.type === 'citizen' ? 'citizen' : a.kind, fees: [] };
  let drafted: Outcome | undefined;
  let fee = 0;
  for (const { step } of r.timeline) {
    if (step?.type === 'reply-drafted') drafted = step.outcome;
    else if (step?.type === 'reply-approved') ((out.answeredAt = step.on), (out.outcome = drafted));
    else if (step?.type === 'fee-notified') fee = step.amount;
    else if (step?.type === 'fee-paid') out.fees.push({ amount: fee, paidOn: step.on });
  }
  return out;
}

/** The row of an outcome: its kind, or `<kind>:<ground>`. */
export const outcomeRow = (o: Outcome) => ('ground' in o ? `${o.kind}:${o.ground}` : o.kind);

const TOTAL = APPLICANT_COLUMNS.length - 1;

/**
 * Section 三 for `year`: 一 received in the year; 二 received before it and not answered by its
 * first day; 三 answered in the year, by outcome, and （七） their total; 四 received by its last
 * day and not answered by then. Each row's 总计 is the sum of its six columns.
 */
export function tallyRequests(requests: Iterable<ReportRequest>, year: number): RequestTable {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const table: RequestTable = Object.fromEntries(REQUEST_ROWS.map((r) => [r.id, APPLICANT_COLUMNS.map(() => 0)]));
  for (const r of requests) {
    const column = APPLICANT_COLUMNS.findIndex((c) => c.id === r.applicant);
    const add = (row: string) => (table[row]![column]!++, table[row]![TOTAL]!++);
    const answered = r.outcome ? r.answeredAt : undefined;
    if (r.receivedAt >= start && r.receivedAt <= end) add('new');
    if (r.receivedAt < start && !(answered && answered < start)) add('carried-in');
    if (answered && answered >= start && answered <= end) (add(outcomeRow(r.outcome!)), add('total'));
    if (r.receivedAt <= end && !(answered && answered <= end)) add('carried-out');
  }
  return table;
}

/** A policy document as section 二 counts it. */
export interface ReportDocument {
  kind?: 'regulation' | 'normative' | 'other' | undefined;
  publishedAt: string;
  repealedAt?: string | undefined;
}

/** Section 二's 第二十条第（一）项: per kind, 本年制发, 本年废止, and 现行有效 at the year's end. */
export function tallyDocuments(documents: Iterable<ReportDocument>, year: number): AnnualReport['documents'] {
  const [start, end] = [`${year}-01-01`, `${year}-12-31`];
  const table = Object.fromEntries(DOCUMENT_KINDS.map((k) => [k.id, [0, 0, 0]])) as AnnualReport['documents'];
  for (const d of documents) {
    const row = d.kind && d.kind !== 'other' ? table[d.kind] : undefined;
    if (!row) continue;
    if (d.publishedAt >= start && d.publishedAt <= end) row[0]!++;
    if (d.repealedAt && d.repealedAt >= start && d.repealedAt <= end) row[1]!++;
    if (d.publishedAt <= end && !(d.repealedAt && d.repealedAt <= end)) row[2]!++;
  }
  return table;
}

/**
 * Section 四: the cases the year handled — filed by its end and not decided before it began (a case
 * filed last year and decided this year counts this year, as a request carried over does) — each
 * under its result at the year's end (尚未审结 if decided later or still pending), and 总计.
 */
export function tallyAppeals(appeals: Iterable<Appeal>, year: number): AnnualReport['appeals'] {
  const [start, end] = [`${year}-01-01`, `${year}-12-31`];
  const table = Object.fromEntries(APPEAL_KINDS.map((k) => [k.id, [0, 0, 0, 0, 0]])) as AnnualReport['appeals'];
  for (const a of appeals) {
    if (a.filedOn > end || (a.result !== 'pending' && a.decidedOn && a.decidedOn < start)) continue;
    const decided = a.result !== 'pending' && (!a.decidedOn || a.decidedOn <= end);
    const row = table[a.kind];
    row[APPEAL_RESULTS.findIndex((r) => r.id === (decided ? a.result : 'pending'))]!++;
    row[4]!++;
  }
  return table;
}

/** Section 六's line on the fees (信息处理费) paid in the year. */
export function feeLine(requests: Iterable<ReportRequest>, year: number): string {
  let n = 0;
  let yuan = 0;
  for (const r of requests)
    for (const f of r.fees)
      if (f.paidOn.startsWith(`${year}-`)) {
        n++;
        yuan += f.amount;
      }
  return n ? `本年度按照《政府信息公开信息处理费管理办法》收取信息处理费 ${n} 件，共计 ${yuan.toFixed(2)} 元。` : '本年度未收取信息处理费。';
}

/** The whole report of `year`, from the column's requests, documents and appeals and the staff's inputs. */
export function buildReport(o: {
  year: number;
  jurisdiction: string;
  /** The body reporting, when the inputs name none. */
  body: string;
  requests: readonly ReportRequest[];
  documents: Iterable<ReportDocument>;
  appeals: Iterable<Appeal>;
  inputs?: ReportInputs | undefined;
}): AnnualReport {
  const i = o.inputs ?? {};
  const d = i.decisions ?? {};
  return {
    year: o.year,
    jurisdiction: o.jurisdiction,
    body: i.body ?? o.body,
    overview: i.overview ?? '',
    documents: tallyDocuments(o.documents, o.year),
    decisions: { licensing: d.licensing ?? null, penalties: d.penalties ?? null, enforcement: d.enforcement ?? null, fees: d.fees ?? null },
    requests: tallyRequests(o.requests, o.year),
    appeals: tallyAppeals(o.appeals, o.year),
    problems: i.problems ?? '',
    other: i.other ?? '',
    feeLine: feeLine(o.requests, o.year),
  };
}
