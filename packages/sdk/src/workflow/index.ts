/**
 * @gov-disclosure/sdk/workflow — the government's side of 依申请公开: the events of a request, the
 * case they make, its clock in working days, the outcomes the annual report counts, and who may
 * take which step. Shared by the server, the staff desk and the report; not part of the citizen's
 * client.
 */
export {
  applyEvent,
  clockOf,
  CORRECTION_WINDOW,
  nextSteps,
  publicState,
  replay,
  TIME_LIMIT,
  type Clock,
  type PauseReason,
  type Phase,
  type RequestCase,
} from './case.js';
export { RECEIPT_CHANNELS, RequestEvent, STEP_TYPES, type ReceiptChannel, type RequestEventType } from './events.js';
export { Outcome, OUTCOME_GROUNDS, OUTCOME_KINDS, outcomeLabel, type OutcomeGround, type OutcomeKind } from './outcomes.js';
export { mayTake, STAFF_ROLES, stepsFor, type StaffRole } from './roles.js';
export { StaffLogin, StaffSession } from './session.js';
export { OFFLINE_CHANNELS, OfflineRequest } from './offline.js';
export { MessageReply, replyOverdueBefore, REPLY_WITHIN_MONTHS, StaffMessage, StaffMessages } from './messages.js';
export { PHASES, Queue, QueueItem, StaffRequestView } from './desk.js';
export { APPLICANT_MARK, DEFAULT_LETTERHEAD, letterNumber, soughtText, letterText, letterTitle, type LetterFacts, type Letterhead } from './letters.js';
export { createDeskClient, type DeskClient, type DeskClientOptions } from './desk-client.js';
export { WorkflowError } from '../errors.js';
