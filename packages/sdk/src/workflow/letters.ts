/**
 * The reply letter (政府信息公开申请答复告知书) of each outcome, filled from the request: who
 * applied and when, what was sought, the outcome in the words of the 条例 and the annual report's
 * template, its legal basis, and the remedies (救济途径: 行政复议 within 60 days, 行政诉讼 within 6
 * months, Arts. 51 of the 条例, 20 of the 行政复议法 and 46 of the 行政诉讼法), with the bodies the
 * site names. The 承办人 may edit it before a 审核人 approves it; the approval gives it its number.
 */
import { OUTCOME_GROUNDS, OUTCOME_KINDS, type Outcome } from './outcomes.js';

/** Who signs the letters of a jurisdiction, where remedies are sought, and how their numbers begin. */
export interface Letterhead {
  /** The office that answers (落款): 长沙县人民政府办公室. */
  issuer: string;
  /** Where 行政复议 is applied for: 长沙县人民政府. */
  reviewBody: string;
  /** Where 行政诉讼 is brought; "有管辖权的人民法院" when not named. */
  court?: string | undefined;
  /** The start of the document number: 长县政办公开 (→ 长县政办公开〔2026〕12号). */
  prefix: string;
}

/**
 * Where a draft names the applicant: the desk drafts with it (the applicant's details stay masked
 * there until opened), and the server writes the name in its place.
 */
export const APPLICANT_MARK = '【申请人】';

/** The letterhead of a jurisdiction the site has named none for: the body reviewing is 本级人民政府. */
export const DEFAULT_LETTERHEAD: Letterhead = { issuer: '', reviewBody: '本级人民政府', prefix: '依申请公开' };

/** What a request seeks, in one line: its name, else its 文号, else its description. */
export const soughtText = (sought: { title?: string | undefined; docNo?: string | undefined; description?: string | undefined }): string =>
  sought.title ?? sought.docNo ?? sought.description ?? '';

/** The document number of the `n`th answer of `year`. */
export const letterNumber = (head: Pick<Letterhead, 'prefix'>, year: string, n: number) => `${head.prefix}〔${year}〕${n}号`;

/** What the letter says of each outcome. */
function decision(outcome: Outcome): string {
  // A draft being written may not have its ground yet.
  const ground =
    'ground' in outcome
      ? ((OUTCOME_GROUNDS[outcome.kind] as readonly { id: string; label: string }[]).find((g) => g.id === outcome.ground)?.label ?? '……')
      : '';
  switch (outcome.kind) {
    case 'disclosed':
      return '您申请获取的政府信息属于公开范围，本机关决定予以公开，相关信息随本告知书一并提供。';
    case 'partly-disclosed':
      return '您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。本机关决定对可以公开的部分予以公开，相关信息随本告知书一并提供；其余部分不予公开。';
    case 'withheld':
      return `经审查，您申请获取的政府信息属于“${ground}”的情形，本机关决定不予公开。`;
    case 'unavailable':
      return `经审查，您申请获取的政府信息属于“${ground}”的情形，本机关无法提供。`;
    case 'not-handled':
      return `经审查，您的申请属于“${ground}”的情形，本机关不予处理。`;
    default:
      return `经审查，您的申请属于“${ground}”的情形，本机关${outcome.ground === 'other' ? '依法作出其他处理' : '不再处理'}。`;
  }
}

export interface LetterFacts {
  outcome: Outcome;
  basis: string;
  /** The applicant's name (a person's, or an organisation's). */
  applicant: string;
  receivedAt: string;
  /** What was sought: its title, 文号 or description. */
  sought: string;
  code: string;
  head: Letterhead;
  /** The letter's date (YYYY-MM-DD). */
  on: string;
}

const chineseDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
};

/** The letter's title: 政府信息公开申请答复告知书（部分公开）. */
export const letterTitle = (outcome: Outcome) => `政府信息公开申请答复告知书（${OUTCOME_KINDS.find((k) => k.id === outcome.kind)!.label}）`;

/** The letter's text, filled from the request: one paragraph per line, the signature and date last. */
export function letterText(f: LetterFacts): string {
  return [
    `${f.applicant}：`,
    `本机关于${chineseDate(f.receivedAt)}收到您提出的政府信息公开申请（查询码：${f.code}），申请获取“${f.sought}”。现答复如下：`,
    decision(f.outcome),
    `依据：${f.basis}`,
    `如对本答复不服，可以自收到本告知书之日起六十日内向${f.head.reviewBody}申请行政复议，或者自收到本告知书之日起六个月内向${f.head.court || '有管辖权的人民法院'}提起行政诉讼。`,
    f.head.issuer,
    chineseDate(f.on),
  ].join('\n');
}
