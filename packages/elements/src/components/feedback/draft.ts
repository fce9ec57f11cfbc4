/**
 * The feedback form's draft, as the citizen fills it in, for each kind (page feedback, 好差评, 留言):
 * what it holds, what the schema reads of it, the draft a refused body makes again, and each field's
 * label and message.
 */
import type { Feedback, FeedbackTarget, RatingGrade } from '@gov-disclosure/sdk';
import { issueMessage } from '../../base/issue-message.js';
import { fieldOf } from '../../base/rejection.js';
import type { LocaleController } from '../../controllers/locale.js';
import type { MessageKey } from '../../i18n/index.js';

export type FeedbackKind = 'page' | 'rating' | 'message';

export const PROBLEMS = ['outdated', 'incomplete', 'hard-to-understand', 'broken-link', 'other'] as const;
export const GRADES = [5, 4, 3, 2, 1] as const;
/** The online 好差评 indicators ("一事一评"). */
export const INDICATORS = ['efficiency', 'guide-accuracy', 'convenience', 'usability'] as const;
export const TOPICS = ['complaint', 'enquiry', 'suggestion', 'consultation'] as const;
export const EVALUATORS = ['person', 'legal-person', 'other-organisation'] as const;

export interface Draft {
  useful?: boolean;
  problems: string[];
  comment: string;
  grade?: RatingGrade;
  indicators: Partial<Record<(typeof INDICATORS)[number], RatingGrade>>;
  evaluator?: (typeof EVALUATORS)[number];
  reason: string;
  topic?: (typeof TOPICS)[number];
  name: string;
  phone: string;
  email: string;
}

export const emptyDraft = (): Draft => ({ problems: [], comment: '', indicators: {}, reason: '', name: '', phone: '', email: '' });

function contactOf(d: Draft) {
  const { name, phone, email } = d;
  const contact = {
    ...(name.trim() ? { name: name.trim() } : {}),
    ...(phone.trim() ? { phone: phone.trim() } : {}),
    ...(email.trim() ? { email: email.trim() } : {}),
  };
  return Object.keys(contact).length ? contact : undefined;
}

/** What the element's attributes say the feedback is about, under what its `target` (set by script) says. */
export function targetOf(o: {
  kind: FeedbackKind;
  target: FeedbackTarget;
  jurisdiction?: string | undefined;
  item?: string | undefined;
  entry?: string | undefined;
  serviceCode?: string | undefined;
  pageUrl?: string | undefined;
}): FeedbackTarget {
  const t = o.target;
  const jurisdiction = t.jurisdiction ?? o.jurisdiction;
  const item = t.item ?? o.item;
  const entry = t.entry ?? o.entry;
  const serviceCode = t.serviceCode ?? o.serviceCode;
  // The whole address: its fragment holds the column's state (the item or entry open, the query).
  const pageUrl = t.pageUrl ?? o.pageUrl ?? (o.kind === 'page' ? location.href.slice(0, 2048) : undefined);
  return {
    ...(jurisdiction ? { jurisdiction } : {}),
    ...(item ? { item } : {}),
    ...(entry ? { entry } : {}),
    ...(serviceCode ? { serviceCode } : {}),
    ...(pageUrl ? { pageUrl } : {}),
  };
}

/** The draft as the schema reads it (the schema decides what is wrong): what the kind asks, and nothing it does not. */
export function rawFeedback(kind: FeedbackKind, d: Draft, target: FeedbackTarget): unknown {
  const opt = (value: string) => value.trim() || undefined;
  const bad = d.grade !== undefined && d.grade <= 2;
  const raw =
    kind === 'page'
      ? { kind, target, useful: d.useful, ...(d.useful === false ? { problems: d.problems.length ? d.problems : undefined, comment: opt(d.comment) } : {}) }
      : kind === 'rating'
        ? {
            kind,
            target,
            grade: d.grade,
            indicators: Object.keys(d.indicators).length ? d.indicators : undefined,
            evaluator: d.evaluator,
            reason: bad ? opt(d.reason) : undefined,
            comment: opt(d.comment),
            contact: bad ? contactOf(d) : undefined,
          }
        : { kind, target, topic: d.topic, comment: d.comment.trim(), contact: contactOf(d) };
  // Keys left undefined are not sent.
  return JSON.parse(JSON.stringify(raw));
}

/** Each field's label, by its id, for a kind of feedback. */
export function labelOf(kind: FeedbackKind, field: string): MessageKey | undefined {
  const labels: Record<string, MessageKey> = {
    comment: kind === 'message' ? 'messageContent' : kind === 'rating' ? 'ratingComment' : 'feedbackComment',
    reason: 'ratingReason',
    grade: 'ratingGrade',
    topic: 'messageTopic',
    useful: 'feedbackPage',
    problems: 'feedbackProblems',
    name: 'contactName',
    phone: 'contactPhone',
    email: 'contactEmail',
  };
  return labels[field];
}

const CHOICES = new Set(['useful', 'grade', 'topic', 'problems', 'indicators', 'evaluator']);

/** A field's message, in the citizen's words, for what the schema (the form's or the server's) expected there. */
export function messageOf(kind: FeedbackKind, field: string, expected: string, d: Draft, t: LocaleController['t']): string {
  const value = (d as unknown as Record<string, unknown>)[field];
  const key = labelOf(kind, field);
  return issueMessage(
    {
      expected,
      label: key ? t(key) : field,
      empty: value === undefined || (typeof value === 'string' && !value.trim()),
      choose: CHOICES.has(field),
      specific: field === 'phone' ? 'errPhone' : field === 'email' ? 'errEmail' : undefined,
    },
    t,
  );
}

/** Each field's message for the issues found (by the form's check, or by the server's); the first for each field of the form. */
export function errorsOf(
  kind: FeedbackKind,
  issues: readonly { path: string; expected: string }[],
  d: Draft,
  t: LocaleController['t'],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    // What no field holds (the page's own settings: its address, its item) the citizen cannot mend.
    if (labelOf(kind, field)) errors[field] ??= messageOf(kind, field, issue.expected, d, t);
  }
  return errors;
}

/** The draft that holds a body (a refused one, to correct). */
export function draftOf(body: Feedback): Draft {
  const draft = emptyDraft();
  if (body.kind === 'page') Object.assign(draft, { useful: body.useful, problems: body.problems ?? [], comment: body.comment ?? '' });
  if (body.kind === 'rating')
    Object.assign(draft, {
      grade: body.grade,
      indicators: body.indicators ?? {},
      evaluator: body.evaluator,
      reason: body.reason ?? '',
      comment: body.comment ?? '',
    });
  if (body.kind === 'message') Object.assign(draft, { topic: body.topic, comment: body.comment });
  if ('contact' in body && body.contact)
    Object.assign(draft, { name: body.contact.name ?? '', phone: body.contact.phone ?? '', email: body.contact.email ?? '' });
  return draft;
}
