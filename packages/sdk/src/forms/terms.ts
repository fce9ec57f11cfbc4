/**
 * The Chinese terms of the codes feedback (and, below, a request) carries, for what staff read (exports, reports): the
 * kinds, what was wrong with a page, and the 政务服务"好差评" grades, indicators and evaluators
 * (GB/T 39734-2020) and message topics, as the standard prints them and as the citizen chose them
 * in `<gov-feedback>` (its zh-CN strings say the same words; a test holds them together).
 * Nothing in a browser imports this: the forms show their own strings in the reader's language.
 */
import type { Feedback, RatingGrade, RatingIndicator } from '../schemas/feedback.js';
import type { OrganisationKind } from '../schemas/request.js';

type Of<K extends Feedback['kind']> = Extract<Feedback, { kind: K }>;
type Problem = NonNullable<Of<'page'>['problems']>[number];
type Evaluator = NonNullable<Of<'rating'>['evaluator']>;
type Topic = Of<'message'>['topic'];

export const FEEDBACK_TERMS: {
  readonly kind: Readonly<Record<Feedback['kind'], string>>;
  readonly problem: Readonly<Record<Problem, string>>;
  readonly grade: Readonly<Record<RatingGrade, string>>;
  readonly indicator: Readonly<Record<RatingIndicator, string>>;
  readonly evaluator: Readonly<Record<Evaluator, string>>;
  readonly topic: Readonly<Record<Topic, string>>;
} = {
  kind: { page: '页面反馈', rating: '评价', message: '留言' },
  problem: { outdated: '内容过时', incomplete: '内容不完整', 'hard-to-understand': '难以理解', 'broken-link': '链接失效', other: '其他' },
  /** 5 非常满意 … 1 非常不满意; 1 and 2 are 差评. */
  grade: { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' },
  /** Online ("一事一评") and on site ("一次一评"). */
  indicator: {
    efficiency: '办事效率',
    'guide-accuracy': '办事指南精确度',
    convenience: '办事便捷度',
    usability: '平台操作性',
    'service-efficiency': '服务效率',
    'service-level': '服务水平',
    attitude: '服务态度',
  },
  evaluator: { person: '自然人', 'legal-person': '法人', 'other-organisation': '其他组织' },
  topic: { complaint: '投诉', enquiry: '咨询', suggestion: '建言', consultation: '意见征集' },
};

/** The Chinese terms of a request's codes, for what staff read (exports, the annual report). */
export const REQUEST_TERMS: {
  readonly applicant: Readonly<Record<'citizen' | 'organisation', string>>;
  readonly organisationKind: Readonly<Record<OrganisationKind, string>>;
} = {
  applicant: { citizen: '自然人', organisation: '法人或其他组织' },
  organisationKind: { commercial: '商业企业', research: '科研机构', 'public-interest': '社会公益组织', 'legal-services': '法律服务机构', other: '其他' },
};
