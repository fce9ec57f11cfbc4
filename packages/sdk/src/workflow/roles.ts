/**
 * Who may take which step of a request: the four staff roles (登记员 registers and hands out, 承办人
 * prepares the answer, 审核人 approves answers, extensions and fees, 管理员 keeps users and settings),
 * each scoped to the jurisdictions a user is given.
 */
import type { RequestCase } from './case.js';
import { nextSteps } from './case.js';
import type { RequestEventType } from './events.js';

export const STAFF_ROLES = [
  { id: 'registrar', label: '登记员' },
  { id: 'handler', label: '承办人' },
  { id: 'reviewer', label: '审核人' },
  { id: 'admin', label: '管理员' },
] as const;

export type StaffRole = (typeof STAFF_ROLES)[number]['id'];

/** The roles that may take each step. 管理员 keeps users and settings, and takes no step of a case. */
const TAKEN_BY: Record<RequestEventType, readonly StaffRole[]> = {
  received: ['registrar'],
  assigned: ['registrar'],
  'correction-requested': ['handler'],
  corrected: ['registrar', 'handler'],
  'consultation-started': ['handler'],
  'consultation-ended': ['handler'],
  'extension-requested': ['handler'],
  'extension-approved': ['reviewer'],
  'extension-refused': ['reviewer'],
  'fee-notified': ['reviewer'],
  'fee-paid': ['registrar', 'handler'],
  'reply-drafted': ['handler'],
  'reply-approved': ['reviewer'],
  'reply-returned': ['reviewer'],
  delivered: ['registrar', 'handler'],
  archived: ['registrar'],
};

/** Whether a user with `roles` over `jurisdictions` may take `step` in a case of `jurisdiction`. */
export function mayTake(user: { roles: readonly StaffRole[]; jurisdictions: readonly string[] }, step: RequestEventType, jurisdiction: string): boolean {
  return user.jurisdictions.includes(jurisdiction) && user.roles.some((role) => TAKEN_BY[step].includes(role));
}

/** The steps a user may take in a case now: what the case allows and the user's roles permit. */
export const stepsFor = (user: { roles: readonly StaffRole[]; jurisdictions: readonly string[] }, c: RequestCase, jurisdiction: string) =>
  nextSteps(c).filter((step) => mayTake(user, step, jurisdiction));
