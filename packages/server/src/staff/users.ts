/**
 * Staff users and their API tokens, as an administrator makes them (`gov-disclosure-server user add`,
 * `token add`): a first password generated (shown once, kept only as its scrypt hash), a token
 * generated (shown once, kept only as its SHA-256), each written to the audit trail.
 */
import { randomUUID } from 'node:crypto';
import { STAFF_ROLES, type StaffRole } from '@gov-disclosure/sdk/workflow';
import type { StaffUser, Storage } from '../storage/storage.js';
import { chinaTime } from '../write-api.js';
import { hashPassword, newSecret, tokenHash } from './passwords.js';

const ROLE_IDS: readonly string[] = STAFF_ROLES.map((r) => r.id);

/** Adds a user; their first password is returned (to hand over once). A demo may give it (`password`). */
export async function addStaffUser(
  storage: Storage,
  o: { name: string; displayName?: string | undefined; roles: readonly string[]; jurisdictions: readonly string[]; by?: string; now?: Date; password?: string },
): Promise<{ user: StaffUser; password: string }> {
  const name = o.name.trim();
  if (!/^[\p{L}\p{N}._-]{2,40}$/u.test(name)) throw new Error(`user add: "${o.name}" is not a login name (2 to 40 letters, digits, . _ -)`);
  const unknown = o.roles.filter((r) => !ROLE_IDS.includes(r));
  if (!o.roles.length || unknown.length)
    throw new Error(`user add: give --role ${ROLE_IDS.join('|')} (at least one)${unknown.length ? `, not ${unknown.join(', ')}` : ''}`);
  const codes = o.jurisdictions.filter((j) => !/^\d{6,12}$/.test(j));
  if (!o.jurisdictions.length || codes.length)
    throw new Error(`user add: give --jurisdiction <行政区划代码> (at least one)${codes.length ? `, not ${codes.join(', ')}` : ''}`);
  const displayName = o.displayName?.trim();
  if (displayName !== undefined && (displayName.length < 1 || displayName.length > 40)) throw new Error('user add: --display-name is 1 to 40 characters');
  const at = chinaTime(o.now ?? new Date()).time;
  const user: StaffUser = {
    id: randomUUID(),
    name,
    ...(displayName ? { displayName } : {}),
    roles: [...new Set(o.roles)] as StaffRole[],
    jurisdictions: [...new Set(o.jurisdictions)],
    createdAt: at,
  };
  const password = o.password ?? newSecret(12);
  if ((await storage.addUser(user, await hashPassword(password))) === 'exists') throw new Error(`user add: there is a user ${name} already`);
  await storage.audit({
    at,
    actor: o.by ?? 'cli',
    action: 'add-user',
    subject: name,
    after: { displayName, roles: user.roles, jurisdictions: user.jurisdictions },
  });
  return { user, password };
}

/** Adds an API token for a user's scripts; the token is returned (to hand over once). */
export async function addStaffToken(
  storage: Storage,
  o: { name: string; label?: string; by?: string; now?: Date },
): Promise<{ user: StaffUser; token: string }> {
  const found = await storage.userByName(o.name.trim());
  if (!found) throw new Error(`token add: there is no user ${o.name}`);
  const at = chinaTime(o.now ?? new Date()).time;
  const token = `gd_${newSecret(24)}`;
  const label = o.label?.trim() || 'script';
  await storage.addToken(tokenHash(token), found.user.id, label, at);
  await storage.audit({ at, actor: o.by ?? 'cli', action: 'add-token', subject: found.user.name, after: { label } });
  return { user: found.user, token };
}
