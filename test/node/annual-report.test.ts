/**
 * Issue 15's crafted year: the annual report's tables (国办公开办函〔2021〕30号) from requests worked
 * through the workflow's steps — every outcome, both kinds of applicant with every kind of
 * organisation, requests carried over into the year and out of it, one 区分处理 drafted first as
 * 不予公开 — compared cell by cell with tables worked out by hand; and the balance check naming
 * the column a crafted inconsistency breaks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Applicant } from '@gov-disclosure/sdk';
import type { RequestEvent } from '@gov-disclosure/sdk/workflow';
import {
  APPLICANT_COLUMNS,
  assertBalanced,
  buildReport,
  imbalances,
  REQUEST_ROWS,
  ReportBalanceError,
  reportCsv,
  reportHtml,
  reportRequestOf,
  type Appeal,
  type ReportDocument,
} from '@gov-disclosure/sdk/report';

type Kind = (typeof APPLICANT_COLUMNS)[number]['id'];
const applicant = (kind: Kind): Applicant => (kind === 'citizen' ? { type: 'citizen' } : { type: 'organisation', kind }) as Applicant;

/** A request received on `receivedAt`, with its steps (each `[type, on, …fields]`). */
function request(kind: Kind, receivedAt: string, ...steps: (Omit<RequestEvent, 'on'> & { on: string })[]) {
  return reportRequestOf({ receivedAt, request: { applicant: applicant(kind) }, timeline: steps.map((step) => ({ step: step as RequestEvent })) });
}
/** Answered on `on` with `outcome` (drafted the working day before). */
const answer = (on: string, kind: string, ground?: string) =>
  [
    { type: 'reply-drafted', on, outcome: ground ? { kind, ground } : { kind }, basis: '《条例》' },
    { type: 'reply-approved', on },
  ] as (Omit<RequestEvent, 'on'> & { on: string })[];

const YEAR = 2026;
const requests = [
  // Carried into 2026: received in December 2025, answered in January (two), still open (one); one closed in 2025.
  request('citizen', '2025-12-10', ...answer('2026-01-08', 'disclosed')),
  request('commercial', '2025-12-20', ...answer('2026-01-15', 'withheld', 'third-party')),
  request('research', '2025-12-28'),
  request('citizen', '2025-11-01', ...answer('2025-12-01', 'disclosed')),
  // New in 2026, answered in 2026: every outcome of the template.
  request(
    'citizen',
    '2026-02-02',
    { type: 'fee-notified', on: '2026-02-20', amount: 100, until: '2026-03-20' } as never,
    { type: 'fee-paid', on: '2026-03-10' },
    ...answer('2026-03-20', 'disclosed'),
  ),
  request('citizen', '2026-02-03', ...answer('2026-02-25', 'disclosed')),
  // The 区分处理: drafted as 不予公开, returned, answered 部分公开; it counts only as 部分公开.
  request(
    'citizen',
    '2026-03-02',
    { type: 'reply-drafted', on: '2026-03-20', outcome: { kind: 'withheld', ground: 'third-party' }, basis: '《条例》第十五条' } as never,
    { type: 'reply-returned', on: '2026-03-23', note: '部分可以公开，区分处理' } as never,
    ...answer('2026-03-25', 'partly-disclosed'),
  ),
  request('public-interest', '2026-03-03', ...answer('2026-03-30', 'partly-disclosed')),
  request('citizen', '2026-04-01', ...answer('2026-04-20', 'withheld', 'state-secret')),
  request('commercial', '2026-04-02', ...answer('2026-04-21', 'withheld', 'prohibited-by-law')),
  request('research', '2026-04-03', ...answer('2026-04-22', 'withheld', 'three-securities')),
  request('public-interest', '2026-04-07', ...answer('2026-04-23', 'withheld', 'third-party')),
  request('legal-services', '2026-04-08', ...answer('2026-04-24', 'withheld', 'internal-affairs')),
  request('other', '2026-04-09', ...answer('2026-04-27', 'withheld', 'process-information')),
  request('citizen', '2026-04-10', ...answer('2026-04-28', 'withheld', 'enforcement-file')),
  request('commercial', '2026-04-13', ...answer('2026-04-29', 'withheld', 'inquiry-matter')),
  request('citizen', '2026-05-06', ...answer('2026-05-20', 'unavailable', 'not-held')),
  request('legal-services', '2026-05-07', ...answer('2026-05-21', 'unavailable', 'needs-creating')),
  request('other', '2026-05-08', ...answer('2026-05-22', 'unavailable', 'still-unclear')),
  request('citizen', '2026-06-01', ...answer('2026-06-10', 'not-handled', 'petition')),
  request('citizen', '2026-06-02', ...answer('2026-06-11', 'not-handled', 'repeated')),
  request('research', '2026-06-03', ...answer('2026-06-12', 'not-handled', 'publication')),
  request('commercial', '2026-06-04', ...answer('2026-06-15', 'not-handled', 'excessive')),
  request('public-interest', '2026-06-05', ...answer('2026-06-16', 'not-handled', 'confirmation')),
  request('citizen', '2026-07-01', ...answer('2026-07-30', 'other', 'correction-overdue')),
  request('commercial', '2026-07-02', ...answer('2026-07-31', 'other', 'fee-unpaid')),
  request('legal-services', '2026-07-03', ...answer('2026-08-03', 'other', 'other')),
  // Carried out of 2026: open at the year's end, and answered only in January 2027.
  request('citizen', '2026-12-20'),
  request('other', '2026-12-28', ...answer('2027-01-05', 'disclosed')),
  // Received in 2027: not this year's.
  request('citizen', '2027-01-03'),
];

const documents: ReportDocument[] = [
  { kind: 'regulation', publishedAt: '2026-03-01' },
  { kind: 'regulation', publishedAt: '2020-05-01', repealedAt: '2026-06-30' },
  { kind: 'normative', publishedAt: '2026-02-01' },
  { kind: 'normative', publishedAt: '2026-05-01', repealedAt: '2026-11-01' },
  { kind: 'normative', publishedAt: '2019-09-01' },
  { kind: 'normative', publishedAt: '2027-01-05' },
  { kind: 'other', publishedAt: '2026-04-01' },
  { publishedAt: '2026-04-02' },
];

const appeals: Appeal[] = [
  { jurisdiction: '430121', kind: 'review', filedOn: '2026-02-10', result: 'upheld', decidedOn: '2026-05-10' },
  { jurisdiction: '430121', kind: 'review', filedOn: '2026-08-10', result: 'corrected', decidedOn: '2027-02-01' },
  { jurisdiction: '430121', kind: 'review', filedOn: '2025-08-10', result: 'corrected', decidedOn: '2025-11-01' },
  { jurisdiction: '430121', kind: 'review', filedOn: '2025-12-01', result: 'corrected', decidedOn: '2026-03-10' },
  { jurisdiction: '430121', kind: 'direct', filedOn: '2027-02-01', result: 'pending' },
  { jurisdiction: '430121', kind: 'direct', filedOn: '2026-04-10', result: 'other', decidedOn: '2026-10-01' },
  { jurisdiction: '430121', kind: 'after-review', filedOn: '2026-09-10', result: 'pending' },
];

// Worked out by hand. Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
const BY_HAND: Record<string, number[]> = {
  new: [10, 4, 2, 3, 3, 3, 25],
  'carried-in': [1, 1, 1, 0, 0, 0, 3],
  disclosed: [3, 0, 0, 0, 0, 0, 3],
  'partly-disclosed': [1, 0, 0, 1, 0, 0, 2],
  'withheld:state-secret': [1, 0, 0, 0, 0, 0, 1],
  'withheld:prohibited-by-law': [0, 1, 0, 0, 0, 0, 1],
  'withheld:three-securities': [0, 0, 1, 0, 0, 0, 1],
  'withheld:third-party': [0, 1, 0, 1, 0, 0, 2],
  'withheld:internal-affairs': [0, 0, 0, 0, 1, 0, 1],
  'withheld:process-information': [0, 0, 0, 0, 0, 1, 1],
  'withheld:enforcement-file': [1, 0, 0, 0, 0, 0, 1],
  'withheld:inquiry-matter': [0, 1, 0, 0, 0, 0, 1],
  'unavailable:not-held': [1, 0, 0, 0, 0, 0, 1],
  'unavailable:needs-creating': [0, 0, 0, 0, 1, 0, 1],
  'unavailable:still-unclear': [0, 0, 0, 0, 0, 1, 1],
  'not-handled:petition': [1, 0, 0, 0, 0, 0, 1],
  'not-handled:repeated': [1, 0, 0, 0, 0, 0, 1],
  'not-handled:publication': [0, 0, 1, 0, 0, 0, 1],
  'not-handled:excessive': [0, 1, 0, 0, 0, 0, 1],
  'not-handled:confirmation': [0, 0, 0, 1, 0, 0, 1],
  'other:correction-overdue': [1, 0, 0, 0, 0, 0, 1],
  'other:fee-unpaid': [0, 1, 0, 0, 0, 0, 1],
  'other:other': [0, 0, 0, 0, 1, 0, 1],
  total: [10, 5, 2, 3, 3, 2, 25],
  'carried-out': [1, 0, 1, 0, 0, 1, 3],
};

const report = buildReport({ year: YEAR, jurisdiction: '430121', body: '长沙县人民政府', requests, documents, appeals });

test('section 三: every cell as worked out by hand, and the template’s check holds in every column', () => {
  assert.deepEqual(
    Object.keys(report.requests),
    REQUEST_ROWS.map((r) => r.id),
    'the template’s rows, in its order',
  );
  for (const row of REQUEST_ROWS) assert.deepEqual(report.requests[row.id], BY_HAND[row.id], `${row.group ?? ''}${row.label}`);
  assert.deepEqual(imbalances(report.requests), []);
  assertBalanced(report.requests);
});

test('section 二’s documents, section 四’s appeals and 六’s fee line, as worked out by hand', () => {
  // 规章: one made in 2026 (in force), one repealed in 2026; 规范性文件: two made, one of them repealed, one of 2019 in force.
  assert.deepEqual(report.documents, { regulation: [1, 1, 1], normative: [2, 1, 2] });
  // 复议: one upheld, one filed in 2025 and corrected in 2026, one decided only in 2027 (尚未审结 at the
  // year's end); the one decided in 2025 is not this year's, nor the lawsuit filed in 2027.
  assert.deepEqual(report.appeals, { review: [1, 1, 0, 1, 3], direct: [0, 0, 1, 0, 1], 'after-review': [0, 0, 0, 1, 1] });
  assert.equal(report.feeLine, '本年度按照《政府信息公开信息处理费管理办法》收取信息处理费 1 件，共计 100.00 元。');
  assert.deepEqual(report.decisions, { licensing: null, penalties: null, enforcement: null, fees: null });
});

test('a request answered before it was received breaks the check, and the refusal names the column and the numbers', () => {
  const broken = buildReport({
    year: YEAR,
    jurisdiction: '430121',
    body: '长沙县人民政府',
    requests: [...requests, request('citizen', '2026-03-01', ...answer('2025-12-20', 'disclosed'))],
    documents,
    appeals,
  });
  const found = imbalances(broken.requests);
  assert.deepEqual(found, [
    { where: '自然人', check: '一 + 二 = 三（七）+ 四', left: 12, right: 11 },
    { where: '总计', check: '一 + 二 = 三（七）+ 四', left: 29, right: 28 },
  ]);
  assert.throws(
    () => assertBalanced(broken.requests),
    (error: unknown) => error instanceof ReportBalanceError && /自然人: 一 \+ 二 = 三（七）\+ 四 \(12 ≠ 11\)/.test(error.message),
  );
  // A table edited by hand: a cell of 三 changed, so that （七） is no longer their sum.
  const edited = structuredClone(report.requests);
  edited['not-handled:repeated']![5] = 1;
  assert.deepEqual(
    imbalances(edited).map((i) => [i.where, i.check]),
    [
      ['其他', '（七）总计 =（一）至（六）之和'],
      ['2.重复申请', '总计 = 自然人 + 法人或其他组织'],
    ],
  );
});

test('the HTML page has the template’s labels and merged headers; the CSV has every figure once', () => {
  const html = reportHtml(report);
  assert.match(html, /<title>长沙县人民政府2026年政府信息公开工作年度报告<\/title>/);
  for (const label of [
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '六、其他需要报告的事项',
  ])
    assert.ok(html.includes(`<h2>${label}</h2>`), label);
  assert.match(html, /<th scope="rowgroup" rowspan="22">三、本年度办理结果<\/th>/);
  assert.match(html, /<th scope="rowgroup" rowspan="8">（三）不予公开<\/th><th scope="row">1\.属于国家秘密<\/th><td>1<\/td>/);
  assert.match(html, /<th scope="row" colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）<\/th><td>1<\/td><td>0<\/td><td>0<\/td><td>1<\/td>/);
  assert.match(html, /<th scope="colgroup" colspan="5">法人或其他组织<\/th>/);
  assert.match(html, /<th scope="colgroup" colspan="10">行政诉讼<\/th>/);
  assert.match(html, /收取信息处理费 1 件/);
  assert.doesNotMatch(html, /<script|src=/, 'nothing loaded from elsewhere');
  assert.deepEqual(
    [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]),
    ['index.html'],
    'one link: back to the list of years',
  );
  const csv = reportCsv(report)
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  assert.equal(csv[0], '表,行,列,数值');
  assert.equal(csv.length, 1 + 6 + 4 + 25 * 7 + 15);
  assert.ok(csv.includes('三、收到和处理政府信息公开申请情况,（三）不予公开 4.保护第三方合法权益,商业企业,1'));
  assert.ok(csv.includes('四、政府信息公开行政复议、行政诉讼情况,行政诉讼 复议后起诉,尚未审结,1'));
});
