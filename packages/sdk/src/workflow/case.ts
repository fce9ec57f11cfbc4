/**
 * A request's case, replayed from its events: where it stands, and which step may come next. The
 * rules are the 条例's: one 补正, within 7 working days of receipt; one 延期; no answer while the
 * clock is stopped, except ending the request when the applicant let the 补正 or the fee lapse.
 * A step the case does not allow throws a {@link WorkflowError} saying why.
 */
import { WorkflowError } from '../errors.js';
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from '../standard/workdays.js';
import type { RequestState } from '../schemas/receipts.js';
import type { RequestEvent, RequestEventType } from './events.js';
import type { Outcome } from './outcomes.js';

export type Phase =
  'registered' | 'assigned' | 'awaiting-correction' | 'processing' | 'consulting' | 'awaiting-fee' | 'reply-drafted' | 'answered' | 'delivered' | 'archived';

/** Why the clock is stopped. */
export type PauseReason = 'correction' | 'consultation' | 'fee';

export interface RequestCase {
  phase: Phase;
  receivedAt: string;
  /** The date the 20 working days count from: the receipt, or the correction's receipt. */
  clockFrom: string;
  /** Working days that do not count: finished consultations and fee stops. */
  excludedDays: number;
  /** The clock is stopped since `since`; the applicant has `until` (补正, fee). */
  pause?: { reason: PauseReason; since: string; until?: string };
  correctionRequested: boolean;
  extension?: { days: number; state: 'requested' | 'approved' | 'refused' };
  reply?: { outcome: Outcome; basis: string; drafted: string; approved?: string };
  deliveredAt?: string;
  /** The date of the last event: events come in date order. */
  lastOn: string;
}

/** Days of the legal time limit (Art. 33). */
export const TIME_LIMIT = 20;
/** Working days after receipt within which a 补正 may be asked (Art. 30). */
export const CORRECTION_WINDOW = 7;

const fail = (step: string, why: string): never => {
  throw new WorkflowError(step, `${step}: ${why}`);
};

/** The steps of a case being worked on, the clock running. */
const WORKING: readonly RequestEventType[] = [
  'assigned',
  'correction-requested',
  'consultation-started',
  'extension-requested',
  'extension-approved',
  'extension-refused',
  'fee-notified',
  'reply-drafted',
];

/** The steps a case allows in each phase (by its state alone; `applyEvent` checks dates and once-only rules). */
const NEXT: Record<Phase, readonly RequestEventType[]> = {
  registered: ['assigned'],
  assigned: WORKING,
  'awaiting-correction': ['corrected', 'reply-drafted'],
  processing: WORKING,
  consulting: ['consultation-ended', 'extension-requested', 'extension-approved', 'extension-refused'],
  'awaiting-fee': ['fee-paid', 'reply-drafted'],
  'reply-drafted': ['reply-approved', 'reply-returned'],
  answered: ['delivered'],
  delivered: ['archived'],
  archived: [],
};

/** The case after `event`; `undefined` before the first (which must be `received`). */
export function applyEvent(c: RequestCase | undefined, event: RequestEvent, calendar: WorkCalendar = {}): RequestCase {
  const step = event.type;
  if (!c) {
    if (event.type !== 'received') return fail(step, 'a case starts with its receipt');
    return { phase: 'registered', receivedAt: event.on, clockFrom: event.on, excludedDays: 0, correctionRequested: false, lastOn: event.on };
  }
  if (event.on < c.lastOn) fail(step, `dated ${event.on}, before the case's last step (${c.lastOn})`);
  if (!NEXT[c.phase].includes(step)) fail(step, `not a step of a case that is ${c.phase}`);
  const next: RequestCase = { ...c, lastOn: event.on };
  switch (event.type) {
    case 'received':
      return fail(step, 'the case has been received already');
    case 'assigned':
      return { ...next, phase: 'assigned' };
    case 'correction-requested':
      if (c.correctionRequested) fail(step, 'a 补正 is asked once, for everything at once (Art. 30)');
      if (event.on > addWorkingDays(c.receivedAt, CORRECTION_WINDOW, calendar))
        fail(step, `a 补正 is asked within ${CORRECTION_WINDOW} working days of receipt (Art. 30)`);
      if (event.until <= event.on) fail(step, 'the applicant needs time to correct');
      return { ...next, phase: 'awaiting-correction', correctionRequested: true, pause: { reason: 'correction', since: event.on, until: event.until } };
    case 'corrected': {
      if (event.on > c.pause!.until!) fail(step, `received after the time given (${c.pause!.until}): end the request instead`);
      // The clock starts again from the correction's receipt: what ran before it does not count.
      const { pause: _, ...rest } = next;
      return { ...rest, phase: 'processing', clockFrom: event.on, excludedDays: 0 };
    }
    case 'consultation-started':
      return { ...next, phase: 'consulting', pause: { reason: 'consultation', since: event.on } };
    case 'consultation-ended':
    case 'fee-paid': {
      const { pause, ...rest } = next;
      if (event.type === 'fee-paid' && event.on > pause!.until!) fail(step, `paid after the time given (${pause!.until}): end the request instead`);
      return { ...rest, phase: 'processing', excludedDays: c.excludedDays + workingDaysBetween(pause!.since, event.on, calendar) };
    }
    case 'extension-requested':
      if (c.extension) fail(step, 'a request is extended once (Art. 33)');
      return { ...next, extension: { days: event.days, state: 'requested' } };
    case 'extension-approved':
    case 'extension-refused':
      if (c.extension?.state !== 'requested') fail(step, 'no extension is waiting for approval');
      return { ...next, extension: { days: c.extension!.days, state: event.type === 'extension-approved' ? 'approved' : 'refused' } };
    case 'fee-notified':
      if (event.until <= event.on) fail(step, 'the applicant needs time to pay');
      return { ...next, phase: 'awaiting-fee', pause: { reason: 'fee', since: event.on, until: event.until } };
    case 'reply-drafted': {
      // While the clock is stopped, the only answer is ending the request the applicant let lapse.
      const lapse = c.phase === 'awaiting-correction' ? 'correction-overdue' : c.phase === 'awaiting-fee' ? 'fee-unpaid' : undefined;
      if (lapse) {
        if (event.outcome.kind !== 'other' || event.outcome.ground !== lapse) fail(step, `the clock is stopped: only 其他处理 (${lapse}) ends the request now`);
        if (event.on <= c.pause!.until!) fail(step, `the applicant has until ${c.pause!.until}`);
      }
      if (c.extension?.state === 'requested') fail(step, 'the extension asked for is waiting for its approval');
      return { ...next, phase: 'reply-drafted', reply: { outcome: event.outcome, basis: event.basis, drafted: event.on } };
    }
    case 'reply-approved':
      return { ...next, phase: 'answered', reply: { ...c.reply!, approved: event.on } };
    case 'reply-returned': {
      const { reply: _, ...rest } = next;
      // Back to where it was drafted: a lapse stays a lapse (the clock stays stopped).
      return { ...rest, phase: c.pause ? (c.pause.reason === 'fee' ? 'awaiting-fee' : 'awaiting-correction') : 'processing' };
    }
    case 'delivered':
      return { ...next, phase: 'delivered', deliveredAt: event.on };
    case 'archived':
      return { ...next, phase: 'archived' };
  }
}

/** The case its events make (in the order given); throws at the first step that breaks the rules. */
export function replay(events: readonly RequestEvent[], calendar: WorkCalendar = {}): RequestCase {
  let c: RequestCase | undefined;
  for (const event of events) c = applyEvent(c, event, calendar);
  if (!c) throw new WorkflowError('received', 'received: a case starts with its receipt');
  return c;
}

/** The steps the case allows now. */
export const nextSteps = (c: RequestCase): readonly RequestEventType[] =>
  NEXT[c.phase].filter((step) => {
    if (step === 'correction-requested') return !c.correctionRequested;
    if (step === 'extension-requested') return !c.extension;
    if (step === 'extension-approved' || step === 'extension-refused') return c.extension?.state === 'requested';
    return true;
  });

export interface Clock {
  /** The legal deadline; none while the clock is stopped. */
  dueAt?: string;
  /** Working days left (negative: overdue), frozen while the clock is stopped. */
  daysLeft: number;
  paused?: PauseReason;
  /** Answered on this date; `onTime` says whether by the deadline. */
  answeredAt?: string;
  onTime?: boolean;
}

/** The case's clock on `today`: the 20 working days, plus an approved extension, minus the days that do not count. */
export function clockOf(c: RequestCase, today: string, calendar: WorkCalendar = {}): Clock {
  const allowed = TIME_LIMIT + (c.extension?.state === 'approved' ? c.extension.days : 0) + c.excludedDays;
  if (c.pause) return { daysLeft: allowed - workingDaysBetween(c.clockFrom, c.pause.since, calendar), paused: c.pause.reason };
  const dueAt = addWorkingDays(c.clockFrom, allowed, calendar);
  const answeredAt = c.reply?.approved;
  const at = answeredAt ?? today;
  const daysLeft = at <= dueAt ? workingDaysBetween(at, dueAt, calendar) : -workingDaysBetween(dueAt, at, calendar);
  return answeredAt ? { dueAt, daysLeft, answeredAt, onTime: answeredAt <= dueAt } : { dueAt, daysLeft };
}

/** What the citizen's status page says of the case (`<gov-request-status>`). */
export function publicState(c: RequestCase): RequestState {
  switch (c.phase) {
    case 'registered':
      return 'registered';
    case 'awaiting-correction':
      return 'correction-required';
    case 'answered':
    case 'delivered':
    case 'archived':
      return c.phase;
    default:
      return c.extension?.state === 'approved' ? 'extended' : 'processing';
  }
}
