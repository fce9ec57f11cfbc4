/**
 * The annual report as data (`GET /staff/report?format=json`): the three tables computed from the
 * column (documents, requests, appeals), the figures and texts the staff enter, and the fee line of
 * 六 filled from the fees recorded. Its HTML, CSV and XLSX are drawn from this one document.
 */
import * as z from 'zod/mini';
import { isoDate, text } from '../schemas/common.js';
import { APPEAL_KINDS, APPEAL_RESULTS, DOCUMENT_KINDS, REQUEST_ROWS, type AppealKind, type DecisionRow } from './template.js';

const count = () => z.int().check(z.minimum(0));
const cells = (n: number) => z.array(count()).check(z.length(n));
const prose = () => z.string().check(z.maxLength(50_000));

/** A case of 行政复议 or 行政诉讼 about the office's 政府信息公开 work, as the staff register it. */
export const Appeal = z.object({
  id: z.optional(text(40)),
  jurisdiction: text(20),
  kind: z.enum(APPEAL_KINDS.map((k) => k.id) as [AppealKind, ...AppealKind[]]),
  /** The request it is about (查询码), where there is one. */
  code: z.optional(text(40)),
  filedOn: isoDate(),
  result: z.enum(APPEAL_RESULTS.map((r) => r.id) as ['upheld', 'corrected', 'other', 'pending']),
  /** When it was decided; a case decided after the year's end is counted 尚未审结 in that year's report. */
  decidedOn: z.optional(isoDate()),
  note: z.optional(text(2000)),
});
export type Appeal = z.infer<typeof Appeal>;

/** What the staff write and enter for a year's report: its texts and the figures of 第二十条第（五）（六）（八）项. */
export const ReportInputs = z.object({
  /** The body reporting (长沙县人民政府); the jurisdiction's name and 人民政府 otherwise. */
  body: z.optional(text(200)),
  overview: z.optional(prose()),
  problems: z.optional(prose()),
  other: z.optional(prose()),
  decisions: z.optional(
    z.object({
      licensing: z.optional(count()),
      penalties: z.optional(count()),
      enforcement: z.optional(count()),
      /** 行政事业性收费, in 万元 (two decimals). */
      fees: z.optional(z.number().check(z.minimum(0))),
    }),
  ),
});
export type ReportInputs = z.infer<typeof ReportInputs>;

/** Section 三: each row of `REQUEST_ROWS` by id, its seven cells in `APPLICANT_COLUMNS`' order. */
export const RequestTable = z.object(Object.fromEntries(REQUEST_ROWS.map((r) => [r.id, cells(7)])) as Record<string, ReturnType<typeof cells>>);
export type RequestTable = Record<string, number[]>;

export const AnnualReport = z.object({
  year: z.int().check(z.minimum(2008), z.maximum(2100)),
  jurisdiction: text(20),
  body: text(200),
  overview: prose(),
  /** Section 二: 规章 and 行政规范性文件, each 本年制发 / 本年废止 / 现行有效. */
  documents: z.object(Object.fromEntries(DOCUMENT_KINDS.map((k) => [k.id, cells(3)])) as Record<'regulation' | 'normative', ReturnType<typeof cells>>),
  /** Section 二: the figures the staff enter; null where none was entered. */
  decisions: z.object({
    licensing: z.nullable(count()),
    penalties: z.nullable(count()),
    enforcement: z.nullable(count()),
    fees: z.nullable(z.number().check(z.minimum(0))),
  }),
  requests: RequestTable,
  /** Section 四: 行政复议, 行政诉讼 未经复议直接起诉 and 复议后起诉; each 维持 / 纠正 / 其他 / 尚未审结 / 总计. */
  appeals: z.object({ review: cells(5), direct: cells(5), 'after-review': cells(5) }),
  problems: prose(),
  other: prose(),
  /** Section 六's line on fees (信息处理费), from the fees paid in the year. */
  feeLine: text(500),
});
export type AnnualReport = Omit<z.infer<typeof AnnualReport>, 'decisions' | 'requests'> & {
  decisions: Record<DecisionRow, number | null>;
  requests: RequestTable;
};
