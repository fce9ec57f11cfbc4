/**
 * Staff sign-in for the desk in a browser (`POST /staff/login`, `POST /staff/logout`,
 * `GET /staff/session`): a password checked against its scrypt hash; a session in an HttpOnly,
 * SameSite=Strict cookie (Secure over HTTPS) that lasts eight hours, kept in the database so that
 * every instance of the server knows it; a CSRF token the page sends back as `X-CSRF-Token` with
 * every change; and a lockout after five failed logins of a name in fifteen minutes, counted in
 * the database too (an attacker cannot spread the guesses over instances), beside a per-address
 * rate limit. An unknown name and a wrong password get the same answer, in the same time.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { StaffLogin, type StaffSession } from '@gov-disclosure/sdk/workflow';
import { errorAnswer, type Answer } from '../read-api.js';
import type { RateLimiter } from '../rate-limit.js';
import type { StaffUser, Storage } from '../storage/storage.js';
import { chinaTime, parse, Problem } from '../write-api.js';
import { hashPassword, tokenHash, verifyPassword } from './passwords.js';

export const SESSION_COOKIE = 'gd_staff';
const SESSION_MS = 8 * 3_600_000;
export const LOCKOUT = { failures: 5, windowMs: 15 * 60_000 } as const;

/** A staff member signed in by a session cookie, and what their page must send back. */
export interface CookieSession {
  user: StaffUser;
  csrf: string;
  hash: string;
  /** When it ends, ms since the epoch. */
  expires: number;
}

export interface SessionsOptions {
  storage: Storage;
  now: () => Date;
  /** Logins per address (the server's own, beside the lockout per name). */
  limiter?: RateLimiter | undefined;
  clientIp: (req: IncomingMessage) => string;
  /** Whether the request came over HTTPS (directly, or as a trusted proxy says). */
  secure: (req: IncomingMessage) => boolean;
}

/** The value of one cookie of a request. */
function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function createSessions(o: SessionsOptions) {
  const { storage } = o;
  // Checked when the name is unknown, so that it takes as long as a wrong password.
  const decoy = hashPassword(randomBytes(12).toString('base64url'));

  const setCookie = (req: IncomingMessage, value: string, maxAge: number) =>
    `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${o.secure(req) ? '; Secure' : ''}`;
  const answer = (user: StaffUser, csrf: string, expires: number): StaffSession => ({
    user: {
      id: user.id,
      name: user.name,
      ...(user.displayName ? { displayName: user.displayName } : {}),
      roles: user.roles,
      jurisdictions: user.jurisdictions,
    },
    csrf,
    expiresAt: chinaTime(new Date(expires)).time,
  });

  /** The session a request's cookie names, if it has not ended. */
  async function fromCookie(req: IncomingMessage): Promise<CookieSession | undefined> {
    const token = cookie(req, SESSION_COOKIE);
    if (!token || !/^[\w-]{20,100}$/.test(token)) return undefined;
    const hash = tokenHash(token);
    const found = await storage.session(hash, o.now().getTime());
    return found && { ...found, hash };
  }

  /** Whether a change sent with a session cookie carries that session's CSRF token. */
  function csrfOk(req: IncomingMessage, session: CookieSession): boolean {
    const sent = req.headers['x-csrf-token'];
    return typeof sent === 'string' && same(sent, session.csrf);
  }

  async function login(req: IncomingMessage, body: unknown): Promise<Answer> {
    const wait = (await o.limiter?.take(o.clientIp(req))) ?? 0;
    if (wait > 0)
      throw new Problem(429, 'rate-limited', `Too many logins from this address; try again in ${wait} s`, undefined, { 'retry-after': String(wait) });
    const { name, password } = parse(StaffLogin, body);
    const now = o.now();
    const at = chinaTime(now).time;
    const since = now.getTime() - LOCKOUT.windowMs;
    const failures = await storage.loginFailures(name, since);
    if (failures.count >= LOCKOUT.failures) {
      const seconds = Math.max(1, Math.ceil(((failures.first ?? now.getTime()) + LOCKOUT.windowMs - now.getTime()) / 1000));
      await storage.audit({ at, actor: 'login', action: 'login-locked', subject: name });
      throw new Problem(429, 'locked', `Too many failed logins for ${name}; try again in ${Math.ceil(seconds / 60)} min`, undefined, {
        'retry-after': String(seconds),
      });
    }
    const found = await storage.userByName(name);
    const ok = await verifyPassword(password, found?.passwordHash ?? (await decoy));
    if (!found || !ok) {
      const count = await storage.failedLogin(name, now.getTime(), since);
      await storage.audit({ at, actor: 'login', action: 'login-failed', subject: name, after: { failures: count } });
      return errorAnswer(401, 'bad-credentials', 'Wrong name or password');
    }
    await storage.clearLoginFailures(name);
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(24).toString('base64url');
    const expires = now.getTime() + SESSION_MS;
    await storage.addSession(tokenHash(token), found.user.id, csrf, expires, now.getTime());
    await storage.audit({ at, actor: found.user.id, action: 'login', subject: name });
    return {
      status: 200,
      body: answer(found.user, csrf, expires),
      headers: { 'set-cookie': setCookie(req, token, SESSION_MS / 1000), 'cache-control': 'no-store' },
    };
  }

  return {
    fromCookie,
    csrfOk,
    /** The sign-in routes; undefined for any other. */
    async route(req: IncomingMessage, resource: string | undefined, body: () => Promise<{ body: unknown }>): Promise<Answer | undefined> {
      const method = req.method ?? 'GET';
      if (resource === 'login' && method === 'POST') return login(req, (await body()).body);
      if (resource === 'session' && method === 'GET') {
        const session = await fromCookie(req);
        // Not signed in is an answer, not an error: 204, which a browser does not log as a failed request.
        if (!session) return { status: 204, body: undefined, headers: { 'cache-control': 'no-store' } };
        return { status: 200, body: answer(session.user, session.csrf, session.expires), headers: { 'cache-control': 'no-store' } };
      }
      if (resource === 'logout' && method === 'POST') {
        const session = await fromCookie(req);
        if (session) {
          if (!csrfOk(req, session)) throw new Problem(403, 'csrf', 'Send the session’s X-CSRF-Token');
          await storage.endSession(session.hash);
          await storage.audit({ at: chinaTime(o.now()).time, actor: session.user.id, action: 'logout', subject: session.user.name });
        }
        return { status: 204, body: undefined, headers: { 'set-cookie': setCookie(req, '', 0) } };
      }
      return undefined;
    },
  };
}
