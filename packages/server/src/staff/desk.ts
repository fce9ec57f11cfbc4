/**
 * What the staff desk reads (`GET /staff/requests`, `GET /staff/requests/<查询码>`): a
 * jurisdiction's work queue, each request with its case's phase and its clock's days left but
 * nothing about its applicant beyond their kind; and one request with its steps, its case, the
 * steps its reader may take now, and its applicant masked unless asked for (`?reveal=1`), each
 * view in the audit trail (a revealed one as a view of personal data).
 */
import type { WorkCalendar } from '@gov-disclosure/sdk';
import {
  clockOf,
  replay,
  soughtText,
  stepsFor,
  type Letterhead,
  type Queue,
  type QueueItem,
  type RequestCase,
  type StaffRequestView,
} from '@gov-disclosure/sdk/workflow';
import type { Answer } from '../read-api.js';
import type { AuditEntry, Storage, StoredRequest } from '../storage/storage.js';
import { chinaTime, Problem } from '../write-api.js';
import { asUser, worksFor, type Staff } from './auth.js';
import { stepsOf } from './steps.js';

export function createDesk(o: {
  storage: Storage;
  calendar?: WorkCalendar | undefined;
  letterheads?: Record<string, Letterhead> | undefined;
  now: () => Date;
}) {
  const calendar = o.calendar ?? {};

  /** The case and clock of a stored request on `today`; a request whose steps no longer replay keeps its stored dates. */
  function standing(request: StoredRequest, today: string): { c?: RequestCase; phase: QueueItem['phase']; daysLeft?: number; paused?: QueueItem['paused'] } {
    try {
      const c = replay(stepsOf(request), calendar);
      const clock = clockOf(c, today, calendar);
      const open = !c.reply?.approved && c.phase !== 'archived' && c.phase !== 'delivered';
      return { c, phase: c.phase, ...(open && !clock.paused ? { daysLeft: clock.daysLeft } : {}), ...(clock.paused ? { paused: clock.paused } : {}) };
    } catch {
      return { phase: request.state === 'answered' ? 'answered' : 'processing' };
    }
  }

  async function queue(staff: Staff, jurisdiction: string | null): Promise<Answer> {
    if (!jurisdiction || !worksFor(staff, jurisdiction))
      throw new Problem(
        403,
        'forbidden',
        `Name a jurisdiction you work for: ?jurisdiction=${staff.jurisdictions === '*' ? '<code>' : staff.jurisdictions.join('|')}`,
      );
    const today = chinaTime(o.now()).day;
    const requests: QueueItem[] = [];
    for await (const r of o.storage.requests({ jurisdiction })) {
      const { c: _c, ...where } = standing(r, today);
      const assigned = [...r.timeline].reverse().find((e) => e.step?.type === 'assigned')?.step;
      requests.push({
        code: r.code,
        jurisdiction: r.jurisdiction,
        receivedAt: r.receivedAt,
        dueAt: r.dueAt,
        state: r.state,
        ...where,
        ...(assigned?.type === 'assigned' ? { department: assigned.department, handler: assigned.handler } : {}),
        applicant: r.request.applicant.type,
        subject: soughtText(r.request.sought).slice(0, 80),
      });
    }
    const body: Queue = { today, requests };
    return { status: 200, body, headers: { 'cache-control': 'no-store' } };
  }

  async function request(
    staff: Staff,
    found: StoredRequest,
    reveal: boolean,
    audit: (action: string, subject: string, more?: Pick<AuditEntry, 'after'>) => Promise<void>,
  ): Promise<Answer> {
    const { c, ...where } = standing(found, chinaTime(o.now()).day);
    const applicant = found.request.applicant;
    const shown = reveal ? applicant : masked(applicant);
    await audit(reveal ? 'view-personal-data' : 'view-request', found.code);
    const body: StaffRequestView = {
      code: found.code,
      jurisdiction: found.jurisdiction,
      receivedAt: found.receivedAt,
      dueAt: found.dueAt,
      state: found.state,
      ...where,
      revealed: reveal,
      request: { ...found.request, applicant: shown },
      ...(found.proof ? { proof: found.proof } : {}),
      timeline: found.timeline.map(({ state, at, note, step }) => ({
        state,
        at,
        ...(note ? { note } : {}),
        // A letter names the applicant: masked as the rest of their details until opened.
        ...(step
          ? { step: step.type === 'reply-drafted' && step.letter && !reveal ? { ...step, letter: step.letter.replaceAll(applicant.name, shown.name) } : step }
          : {}),
      })),
      steps: c ? stepsFor(asUser(staff, found.jurisdiction), c, found.jurisdiction) : [],
      ...(o.letterheads?.[found.jurisdiction] ? { letterhead: o.letterheads[found.jurisdiction] } : {}),
    };
    return { status: 200, body, headers: { 'cache-control': 'no-store' } };
  }

  return { queue, request };
}

/** Shows the first `keep` characters and the last `tail`, the rest as `*`. */
const mask = (value: string | undefined, keep: number, tail = 0): string | undefined =>
  value === undefined ? undefined : value.slice(0, keep) + '*'.repeat(Math.max(1, value.length - keep - tail)) + (tail ? value.slice(-tail) : '');

/** The applicant as the desk shows them before anyone opens their details: nothing that identifies a person. */
export function masked(applicant: StoredRequest['request']['applicant']): StoredRequest['request']['applicant'] {
  const contact = {
    phone: mask(applicant.phone, 3, 4)!,
    ...(applicant.email ? { email: mask(applicant.email, 1)!.replace(/\*+$/, `***@${applicant.email.split('@')[1]}`) } : {}),
    ...(applicant.address ? { address: mask(applicant.address, 6) } : {}),
  };
  if (applicant.type === 'citizen') return { ...applicant, ...contact, name: mask(applicant.name, 1)!, idNumber: mask(applicant.idNumber, 3, 4)! };
  return { ...applicant, ...contact, legalRepresentative: mask(applicant.legalRepresentative, 1)!, contactName: mask(applicant.contactName, 1)! };
}
