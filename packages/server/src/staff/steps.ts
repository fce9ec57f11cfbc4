/**
 * The staff's steps of a request (`POST /staff/requests/<查询码>/steps`): each a step of the
 * office's workflow (`@gov-disclosure/sdk/workflow`), taken only by a role that may take it in a
 * jurisdiction its user works for, replayed after the request's earlier steps (a step the 条例 does
 * not allow is refused with why, 409), the deadline the case's clock gives kept as the request's,
 * and written to the audit trail in the same transaction. Two staff taking a step at once: the second is checked again
 * against the first.
 */
import type { WorkCalendar } from '@gov-disclosure/sdk';
import {
  APPLICANT_MARK,
  clockOf,
  letterNumber,
  DEFAULT_LETTERHEAD,
  letterText,
  mayTake,
  outcomeLabel,
  publicState,
  replay,
  soughtText,
  RequestEvent as WorkflowStep,
  WorkflowError,
  type Letterhead,
  type RequestCase,
} from '@gov-disclosure/sdk/workflow';
import { errorAnswer, type Answer } from '../read-api.js';
import type { Storage, StoredRequest } from '../storage/storage.js';
import { chinaTime, normaliseCode, parse, Problem, publicStatus } from '../write-api.js';
import { asUser, worksFor, type Staff } from './auth.js';

export function createSteps(o: {
  storage: Storage;
  calendar?: WorkCalendar | undefined;
  letterheads?: Record<string, Letterhead> | undefined;
  now?: (() => Date) | undefined;
}) {
  const { storage } = o;
  const calendar = o.calendar ?? {};
  const now = o.now ?? (() => new Date());

  /** `read` is the request as the route just read it: the first attempt starts from it. */
  return async function takeStep(code: string, body: unknown, staff: Staff, read?: StoredRequest): Promise<Answer> {
    const sent = parse(WorkflowStep, body);
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = attempt === 0 && read ? read : await storage.request(normaliseCode(code));
      if (!current || !worksFor(staff, current.jurisdiction)) return errorAnswer(404, 'not-found', 'No request with this tracking code (查询码)');
      const step = await withLetter(sent, current, o.letterheads?.[current.jurisdiction], storage);
      if (!mayTake(asUser(staff, current.jurisdiction), step.type, current.jurisdiction))
        throw new Problem(403, 'forbidden', `${step.type}: not a step your roles (${staff.roles.join(', ')}) may take`);
      let c: RequestCase;
      try {
        c = replay([...stepsOf(current), step], calendar);
      } catch (error) {
        if (error instanceof WorkflowError) throw new Problem(409, 'step-refused', error.message);
        throw error;
      }
      const { time, day } = chinaTime(now());
      // The deadline does not depend on the day it is read; the days left do.
      const clock = clockOf(c, day, calendar);
      const state = publicState(c);
      const updated = await storage.updateRequest(current.code, {
        state,
        at: time,
        note: citizenNote(step, c),
        step,
        dueAt: clock.dueAt,
        after: current.timeline.length,
        // Written with the step, in its transaction: no step without its entry in the audit trail.
        audit: {
          at: time,
          actor: staff.id,
          action: 'step',
          subject: current.code,
          before: { state: current.state, dueAt: current.dueAt },
          after: { state, dueAt: clock.dueAt ?? current.dueAt, step },
        },
      });
      if (updated === 'stale') continue;
      return { status: 200, body: { ...publicStatus(updated!), case: c, clock } };
    }
    throw new Problem(409, 'busy', 'The request changed while this step was taken; try again');
  };
}

/** The workflow's steps of a stored request: its receipt (online, on the date it was received), then the steps staff took. */
export function stepsOf(request: StoredRequest): WorkflowStep[] {
  // An offline request's first event says how it came; one sent online has none.
  const received: WorkflowStep = request.timeline.find((e) => e.step?.type === 'received')?.step ?? {
    type: 'received',
    on: request.receivedAt,
    channel: 'online',
  };
  return [received, ...request.timeline.flatMap((e) => (e.step && e.step.type !== 'received' ? [e.step] : []))];
}

/**
 * A drafted answer carries its letter: as the 承办人 edited it, else filled from the template (with
 * the jurisdiction's letterhead, or a plain one); an approval gives the letter its number, the
 * jurisdiction's next of the year, each given once across instances (an approval retried after a
 * clash may leave a gap). The number is the server's: one sent by a client is replaced.
 */
async function withLetter(step: WorkflowStep, request: StoredRequest, head: Letterhead | undefined, storage: Storage): Promise<WorkflowStep> {
  const letterhead = head ?? DEFAULT_LETTERHEAD;
  if (step.type === 'reply-drafted' && step.letter) return { ...step, letter: step.letter.replaceAll(APPLICANT_MARK, request.request.applicant.name) };
  if (step.type === 'reply-drafted') {
    const a = request.request.applicant;
    const letter = letterText({
      outcome: step.outcome,
      basis: step.basis,
      applicant: a.name,
      receivedAt: request.receivedAt,
      sought: soughtText(request.request.sought),
      code: request.code,
      head: letterhead,
      on: step.on,
    });
    return { ...step, letter };
  }
  if (step.type === 'reply-approved')
    return { ...step, number: letterNumber(letterhead, step.on.slice(0, 4), await storage.next(`letter:${request.jurisdiction}:${step.on.slice(0, 4)}`)) };
  return step;
}

/** What the citizen's status page says of a step, in the staff's or the template's words: what to correct, how it was answered. */
function citizenNote(step: WorkflowStep, c: RequestCase): string | undefined {
  if (step.type === 'correction-requested') return `${step.note}（请于 ${step.until} 前补正）`;
  if (step.type === 'reply-approved' && c.reply) return outcomeLabel(c.reply.outcome);
  return undefined;
}
