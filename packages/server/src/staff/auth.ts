/**
 * Who is asking, on the staff routes: a user's own API token (`Authorization: Bearer …`, for
 * scripts), or the server's shared staff token, which stands for every role everywhere and is
 * meant for the demo only. What each may do is the workflow's rule (`mayTake`) and {@link mayAct}.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { STAFF_ROLES, type StaffRole } from '@gov-disclosure/sdk/workflow';
import type { StaffUser, Storage } from '../storage/storage.js';
import { tokenHash } from './passwords.js';

/** A member of staff as the routes see them; `jurisdictions: '*'` is the shared token's everywhere. */
export interface Staff {
  id: string;
  name: string;
  roles: readonly StaffRole[];
  jurisdictions: readonly string[] | '*';
}

const SHARED: Staff = { id: 'shared-token', name: '共享令牌', roles: STAFF_ROLES.map((r) => r.id), jurisdictions: '*' };

/** Finds the staff member a request comes from, or undefined. */
export function staffAuth(storage: Storage, sharedToken: string | undefined): (req: IncomingMessage) => Promise<Staff | undefined> {
  const shared = sharedToken ? Buffer.from(tokenHash(sharedToken)) : undefined;
  return async (req) => {
    const given = /^Bearer (\S{16,200})$/.exec(req.headers.authorization ?? '')?.[1];
    if (!given) return undefined;
    const hash = tokenHash(given);
    if (shared && timingSafeEqual(Buffer.from(hash), shared)) return SHARED;
    const user: StaffUser | undefined = await storage.userByToken(hash);
    return user && { id: user.id, name: user.name, roles: user.roles, jurisdictions: user.jurisdictions };
  };
}

/** Whether `staff` works for `jurisdiction`. */
export const worksFor = (staff: Staff, jurisdiction: string) => staff.jurisdictions === '*' || staff.jurisdictions.includes(jurisdiction);

/** The staff member as the workflow's `mayTake` reads a user, for one jurisdiction. */
export const asUser = (staff: Staff, jurisdiction: string) => ({ roles: staff.roles, jurisdictions: worksFor(staff, jurisdiction) ? [jurisdiction] : [] });

/** Whether `staff` holds one of `roles`. */
export const mayAct = (staff: Staff, roles: readonly StaffRole[]) => staff.roles.some((role) => roles.includes(role));
