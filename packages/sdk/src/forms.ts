/**
 * @gov-disclosure/sdk/forms — what a citizen submits: 我要评 feedback and 依申请公开 requests,
 * with the identity checks they need. Kept apart from the main entry so that a page that only
 * reads a column never downloads it; the client loads it on the first submission.
 */
export * from './schemas/feedback.js';
export * from './schemas/request.js';
export { CONTROL_CHARACTERS } from './forms/control-characters.js';
export { CONTACT_PHONE, EMAIL, FEEDBACK_LIMITS } from './forms/rules.js';
export { FeedbackReceipt, RequestReceipt, RequestStatus, REQUEST_STATES, REPLY_TYPES, type RequestState, type ReplyType } from './schemas/receipts.js';
export { isCreditCode, isLuhn, isResidentId } from './standard/identity.js';
export { findPersonalData, maskPersonalData, type PersonalDataKind, type PersonalDataMatch } from './forms/pii.js';
export { FEEDBACK_TERMS, REQUEST_TERMS } from './forms/terms.js';
