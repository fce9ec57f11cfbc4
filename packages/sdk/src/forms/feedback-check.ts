/**
 * `@gov-disclosure/sdk/forms/feedback`: checks a 我要评 feedback with the schema the server uses,
 * and finds personal data in its text. A subpath of its own so that `<gov-feedback>` loads it (zod
 * and the identity checks with it) at the citizen's first touch of the form, not with the page.
 */
import type { ValidationIssue } from '../errors.js';
import { Feedback } from '../schemas/feedback.js';
import { toIssues } from '../validate.js';

export { findPersonalData, maskPersonalData, type PersonalDataKind, type PersonalDataMatch } from './pii.js';

export type FeedbackCheck = { feedback: Feedback; issues: [] } | { feedback?: undefined; issues: ValidationIssue[] };

/** The feedback `raw` makes, or what is wrong with it (paths as `contact.phone`). */
export function checkFeedback(raw: unknown): FeedbackCheck {
  const result = Feedback.safeParse(raw);
  return result.success ? { feedback: result.data, issues: [] } : { issues: toIssues(result.error.issues) };
}
