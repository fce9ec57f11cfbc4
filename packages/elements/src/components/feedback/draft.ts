/**
 * The feedback form's draft, as the citizen fills it in, for each kind (page feedback, 好差评, 留言):
 * what it holds, the body it makes, the draft a refused body makes again, and the form's own checks.
 */
import type { Feedback, FeedbackTarget, RatingGrade } from '@gov-disclosure/sdk';
import { CONTACT_PHONE, CONTROL_CHARACTERS, EMAIL, FEEDBACK_LIMITS as LIMITS } from '@gov-disclosure/sdk/forms';
import { length } from '../../base/fields.js';
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

/** The feedback the draft makes, once it holds what its kind needs. */
export function feedbackOf(kind: FeedbackKind, d: Draft, target: FeedbackTarget): Feedback | undefined {
  const comment = d.comment.trim() || undefined;
  switch (kind) {
    case 'page':
      if (d.useful === undefined) return undefined;
      return {
        kind: 'page',
        target,
        useful: d.useful,
        ...(d.useful || !d.problems.length ? {} : { problems: d.problems as never }),
        ...(comment && !d.useful ? { comment } : {}),
      };
    case 'rating': {
      if (!d.grade) return undefined;
      const indicators = Object.fromEntries(Object.entries(d.indicators).filter(([, v]) => v));
      const contact = d.grade <= 2 ? contactOf(d) : undefined;
      return {
        kind: 'rating',
        target,
        grade: d.grade,
        ...(Object.keys(indicators).length ? { indicators } : {}),
        ...(d.evaluator ? { evaluator: d.evaluator } : {}),
        ...(d.grade <= 2 && d.reason.trim() ? { reason: d.reason.trim() } : {}),
        ...(comment ? { comment } : {}),
        ...(contact ? { contact } : {}),
      };
    }
    case 'message': {
      if (!d.topic || !comment) return undefined;
      const contact = contactOf(d);
      return { kind: 'message', target, topic: d.topic, comment, ...(contact ? { contact } : {}) };
    }
  }
}

/** The form's own checks: what the server would refuse, said in the citizen's language. */
export function checkDraft(kind: FeedbackKind, d: Draft, t: LocaleController['t']): Record<string, string> {
  const errors: Record<string, string> = {};
  const tooLong = (id: string, value: string, max: number, label: MessageKey) => {
    if (length(value.trim()) > max) errors[id] = t('errTooLong', { label: t(label), max });
    else if (CONTROL_CHARACTERS.test(value)) errors[id] = t('errControl', { label: t(label) });
  };
  if (kind === 'page') {
    if (d.useful === undefined) errors.useful = t('errChoose', { label: t('feedbackPage') });
    tooLong('comment', d.comment, LIMITS.comment, 'feedbackComment');
  } else if (kind === 'rating') {
    if (!d.grade) errors.grade = t('errChoose', { label: t('ratingGrade') });
    if (d.grade && d.grade <= 2 && !d.reason.trim()) errors.reason = t('errRequired', { label: t('ratingReason') });
    tooLong('reason', d.reason, LIMITS.reason, 'ratingReason');
    tooLong('comment', d.comment, LIMITS.comment, 'ratingComment');
  } else {
    if (!d.topic) errors.topic = t('errChoose', { label: t('messageTopic') });
    if (!d.comment.trim()) errors.comment = t('errRequired', { label: t('messageContent') });
    tooLong('comment', d.comment, LIMITS.message, 'messageContent');
  }
  if (kind === 'message' || (kind === 'rating' && d.grade && d.grade <= 2)) {
    if (d.phone.trim() && !CONTACT_PHONE.test(d.phone.trim())) errors.phone = t('errPhone');
    if (d.email.trim() && !EMAIL.test(d.email.trim())) errors.email = t('errEmail');
    tooLong('name', d.name, 100, 'contactName');
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
