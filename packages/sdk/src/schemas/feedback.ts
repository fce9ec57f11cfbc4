import * as z from 'zod/mini';
import { Id, safeUrl } from './common.js';
import { submittedEmail as email, submittedText as text } from './control-characters.js';
import { CONTACT_PHONE, FEEDBACK_LIMITS } from '../forms/rules.js';

/** 好差评 grades, GB/T 39734-2020: 5 非常满意 … 1 非常不满意; 1 and 2 are 差评. */
export const RatingGrade = z.literal([1, 2, 3, 4, 5]);

/** The online indicators of 好差评 ("一事一评"), and the on-site ones ("一次一评"). */
export const RATING_INDICATORS = ['efficiency', 'guide-accuracy', 'convenience', 'usability', 'service-efficiency', 'service-level', 'attitude'] as const;

/** Who rates: 自然人 / 法人 / 其他组织. */
export const Evaluator = z.enum(['person', 'legal-person', 'other-organisation']);

/** Optional contact details, for the call-back a 差评 gets. */
export const Contact = z.object({
  name: z.optional(text(100)),
  phone: z.optional(z.string().check(z.regex(CONTACT_PHONE))),
  email: z.optional(email()),
});

/** What the feedback is about: a page, a catalogue item (and the entry of it that was open) or a service. */
export const FeedbackTarget = z.object({
  jurisdiction: z.optional(z.string().check(z.regex(/^\d{6,12}$/))),
  item: z.optional(Id),
  /** The entry (`area:1.2~7`) open when the feedback was given. */
  entry: z.optional(Id),
  serviceCode: z.optional(text(100)),
  pageUrl: z.optional(safeUrl()),
});

const comment = () => z.optional(text(FEEDBACK_LIMITS.comment));

/** Page feedback: 有用 / 没用, and what was wrong when it was not useful. */
const PageFeedback = z.object({
  kind: z.literal('page'),
  target: FeedbackTarget,
  useful: z.boolean(),
  problems: z.optional(z.array(z.enum(['outdated', 'incomplete', 'hard-to-understand', 'broken-link', 'other']))),
  comment: comment(),
});

/** A 好差评 rating of an item or a service. A 差评 (grade 1 or 2) must say why. */
const RatingFeedback = z
  .object({
    kind: z.literal('rating'),
    target: FeedbackTarget,
    grade: RatingGrade,
    /** Indicator scores (1–5) by indicator id. */
    indicators: z.optional(
      z.object(
        Object.fromEntries(RATING_INDICATORS.map((id) => [id, z.optional(RatingGrade)])) as Record<RatingIndicator, z.ZodMiniOptional<typeof RatingGrade>>,
      ),
    ),
    evaluator: z.optional(Evaluator),
    /** Why a 差评 was given. */
    reason: z.optional(text(FEEDBACK_LIMITS.reason)),
    comment: comment(),
    contact: z.optional(Contact),
  })
  .check(
    z.refine((value) => value.grade > 2 || !!value.reason, {
      message: 'A 差评 (grade 1 or 2) needs a reason',
      path: ['reason'],
    }),
  );

/** A message: 投诉 (complaint), 咨询 (enquiry), 建言 (suggestion) or 意见征集 (consultation). */
const MessageFeedback = z.object({
  kind: z.literal('message'),
  target: FeedbackTarget,
  topic: z.enum(['complaint', 'enquiry', 'suggestion', 'consultation']),
  comment: text(FEEDBACK_LIMITS.message),
  contact: z.optional(Contact),
});

/** Feedback a citizen sends from the column (我要评). */
export const Feedback = z.discriminatedUnion('kind', [PageFeedback, RatingFeedback, MessageFeedback]);

export type RatingGrade = z.infer<typeof RatingGrade>;
export type RatingIndicator = (typeof RATING_INDICATORS)[number];
export type Contact = z.infer<typeof Contact>;
export type FeedbackTarget = z.infer<typeof FeedbackTarget>;
export type Feedback = z.infer<typeof Feedback>;
