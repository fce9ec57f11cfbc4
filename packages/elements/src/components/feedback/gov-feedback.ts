import { GovFeedback } from './feedback.js';

export { GovFeedback };
export type { FeedbackKind } from './feedback.js';
GovFeedback.define('gov-feedback');

declare global {
  interface HTMLElementTagNameMap {
    'gov-feedback': GovFeedback;
  }
}
