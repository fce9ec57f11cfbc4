import type { DisclosureRequest, Feedback, FeedbackReceipt, RequestReceipt } from '@gov-disclosure/sdk';

export interface GovFeedbackSentDetail {
  receipt: FeedbackReceipt;
  feedback: Feedback;
}

export interface GovRequestSentDetail {
  receipt: RequestReceipt;
  request: DisclosureRequest;
}

/** The server stored a citizen's feedback (after however many attempts the outbox needed). */
export type GovFeedbackSentEvent = CustomEvent<GovFeedbackSentDetail>;
/** The server registered a disclosure request; `detail.receipt` has the 查询码 and deadlines. */
export type GovRequestSentEvent = CustomEvent<GovRequestSentDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-feedback-sent': GovFeedbackSentEvent;
    'gov-request-sent': GovRequestSentEvent;
  }
}
