/**
 * Staff sign-in in a browser on the reference server: a session in an HttpOnly SameSite cookie
 * (Secure over HTTPS), a CSRF token every change must carry, sign-out, the eight-hour end, and the
 * lockout after five failed logins of a name, which every instance sharing the database enforces;
 * an unknown name answered as a wrong password; each written to the audit trail.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { postgresStorage, sqliteStorage, type Storage } from '@gov-disclosure/server';
import { StaffSession } from '@gov-disclosure/sdk/workflow';
import { addStaffUser } from '../../packages/server/src/staff/users.js';
import { post, start, type Running } from '../support/api-server.js';
import { citizenRequest } from '../support/submissions.js';

let dir: string;
let db: string;
let app: Running;
let twin: Running;
let clock = new Date('2026-10-08T02:00:00Z');
const passwords: Record<string, string> = {};

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gov-sessions-'));
  db = join(dir, 'staff.db');
  const setup = sqliteStorage({ file: db });
  for (const [name, role] of [
    ['li-registrar', 'registrar'],
    ['wang-handler', 'handler'],
    ['chen-admin', 'admin'],
  ] as const)
    passwords[name] = (await addStaffUser(setup, { name, roles: [role], jurisdictions: ['430121'] })).password;
  await setup.close();
  // Two instances of the server over one database, as behind a load balancer.
  app = await start({ storage: sqliteStorage({ file: db }), staffToken: undefined, now: () => clock });
  twin = await start({ storage: sqliteStorage({ file: db }), staffToken: undefined, now: () => clock });
});
after(async () => {
  await app?.close();
  await twin?.close();
  await rm(dir, { recursive: true, force: true });
});

const login = (name: string, password = passwords[name]!, on = app) => post(on.base, '/staff/login', { name, password });
/** Signs in and answers the cookie to send back and the session's CSRF token. */
async function signIn(name: string): Promise<{ cookie: string; csrf: string; setCookie: string }> {
  const response = await login(name);
  assert.equal(response.status, 200, await response.clone().text());
  const setCookie = response.headers.get('set-cookie')!;
  const session = StaffSession.parse(await response.json());
  return { cookie: setCookie.split(';')[0]!, csrf: session.csrf, setCookie };
}

describe('staff sessions in a browser', () => {
  test('a login sets an HttpOnly, SameSite=Strict cookie (Secure over HTTPS) and answers who and the CSRF token', async () => {
    const { setCookie, cookie } = await signIn('wang-handler');
    assert.match(setCookie, /^gd_staff=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=28800$/);
    const secure = await start({ storage: sqliteStorage({ file: db }), staffToken: undefined, trustProxy: true, now: () => clock });
    try {
      const over = await post(secure.base, '/staff/login', { name: 'wang-handler', password: passwords['wang-handler'] }, { 'x-forwarded-proto': 'https' });
      assert.match(over.headers.get('set-cookie')!, /; Secure$/);
    } finally {
      await secure.close();
    }
    const me = await fetch(`${app.base}/staff/session`, { headers: { cookie } });
    assert.equal(me.status, 200);
    const session = StaffSession.parse(await me.json());
    assert.deepEqual(session.user.roles, ['handler']);
    assert.equal(session.expiresAt, '2026-10-08T18:00:00+08:00');
    // The session stands on the other instance too: it is kept in the database.
    assert.equal((await fetch(`${twin.base}/staff/session`, { headers: { cookie } })).status, 200);
  });

  test('a change from a signed-in page carries its CSRF token: without it, or with another, 403 and nothing done', async () => {
    const { code } = await (await post(app.base, '/430121/requests', citizenRequest())).json();
    const { cookie, csrf } = await signIn('li-registrar');
    const step = { type: 'assigned', on: '2026-10-08', department: '县民政局', handler: '王敏' };
    const view = await fetch(`${app.base}/staff/requests/${code}`, { headers: { cookie } });
    assert.equal(view.status, 200, 'a read needs no token');
    const without = await post(app.base, `/staff/requests/${code}/steps`, step, { cookie });
    assert.equal(without.status, 403);
    assert.equal((await without.json()).error.code, 'csrf');
    const other = await signIn('wang-handler');
    assert.equal((await post(app.base, `/staff/requests/${code}/steps`, step, { cookie, 'x-csrf-token': other.csrf })).status, 403);
    assert.equal((await (await fetch(`${app.base}/staff/requests/${code}`, { headers: { cookie } })).json()).timeline.length, 1, 'nothing done');
    const taken = await post(app.base, `/staff/requests/${code}/steps`, step, { cookie, 'x-csrf-token': csrf });
    assert.equal(taken.status, 200, await taken.clone().text());
  });

  test('signing out ends the session everywhere; a session ends by itself after eight hours', async () => {
    const { cookie, csrf } = await signIn('wang-handler');
    assert.equal((await post(app.base, '/staff/logout', {}, { cookie })).status, 403, 'sign-out carries the token too');
    const out = await post(app.base, '/staff/logout', {}, { cookie, 'x-csrf-token': csrf });
    assert.equal(out.status, 204);
    assert.match(out.headers.get('set-cookie')!, /^gd_staff=; .*Max-Age=0/);
    assert.equal((await fetch(`${twin.base}/staff/session`, { headers: { cookie } })).status, 204, 'not signed in any more');

    const later = await signIn('wang-handler');
    const started = clock;
    try {
      clock = new Date(started.getTime() + 8 * 3_600_000 - 1000);
      assert.equal((await fetch(`${app.base}/staff/session`, { headers: { cookie: later.cookie } })).status, 200);
      clock = new Date(started.getTime() + 8 * 3_600_000);
      assert.equal((await fetch(`${app.base}/staff/session`, { headers: { cookie: later.cookie } })).status, 204, 'the session lapsed');
    } finally {
      clock = started;
    }
  });

  test('a wrong password and an unknown name get one answer; five failures lock the name on every instance for 15 minutes', async () => {
    const wrong = await login('chen-admin', 'not-the-password');
    const unknown = await login('nobody-here', 'not-the-password');
    assert.equal(wrong.status, 401);
    assert.deepEqual(await wrong.json(), await unknown.json());
    for (let i = 0; i < 4; i++) assert.equal((await login('chen-admin', `guess-${i}`, i % 2 ? twin : app)).status, 401);
    // The right password, too late: locked on both instances.
    for (const on of [app, twin]) {
      const locked = await login('chen-admin', passwords['chen-admin'], on);
      assert.equal(locked.status, 429);
      assert.equal((await locked.json()).error.code, 'locked');
      const wait = Number(locked.headers.get('retry-after'));
      assert.ok(wait > 0 && wait <= 900, `Retry-After ${wait}`);
    }
    assert.equal((await login('li-registrar')).status, 200, 'another name is not locked');
    const started = clock;
    try {
      clock = new Date(started.getTime() + 15 * 60_000 + 1000);
      assert.equal((await login('chen-admin')).status, 200, 'open again after 15 minutes');
      assert.equal((await login('chen-admin', 'one-more-slip')).status, 401, 'and the count starts again');
      assert.equal((await login('chen-admin')).status, 200);
    } finally {
      clock = started;
    }
  });

  test('logins per address are limited, beside the lockout per name', async () => {
    const limited = await start({ storage: sqliteStorage({ file: ':memory:' }), staffToken: undefined, rateLimit: { perMinute: 20, burst: 10 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await post(limited.base, '/staff/login', { name: `name-${i}`, password: 'x' })).status);
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  test('sign-ins, failures, lockouts and sign-outs are in the audit trail', async () => {
    const { cookie } = await signIn('chen-admin');
    const csv = await (await fetch(`${app.base}/staff/audit.csv`, { headers: { cookie } })).text();
    for (const action of ['login', 'login-failed', 'login-locked', 'logout']) assert.match(csv, new RegExp(`,${action},`), action);
    assert.match(csv, /,login-failed,nobody-here,/);
  });
});

/** What both storages keep of sessions and failed logins (PostgreSQL where GOV_DISCLOSURE_TEST_PG names one). */
for (const [kind, make] of [
  ['SQLite', async () => sqliteStorage({ file: ':memory:' })],
  ['PostgreSQL', async () => (process.env.GOV_DISCLOSURE_TEST_PG ? postgresStorage({ connectionString: process.env.GOV_DISCLOSURE_TEST_PG }) : undefined)],
] as const) {
  test(`sessions and failed logins on ${kind}: kept until they end, counted in their window, forgotten on success`, async (t) => {
    const storage: Storage | undefined = await make();
    if (!storage) return t.skip('no PostgreSQL server');
    try {
      const name = `s-${Math.random().toString(36).slice(2, 10)}`;
      const { user } = await addStaffUser(storage, { name, roles: ['handler'], jurisdictions: ['430121'] });
      const hash = `h-${name}`;
      await storage.addSession(hash, user.id, 'csrf-1', 2_000, 1_000);
      assert.equal((await storage.session(hash, 1_999))?.csrf, 'csrf-1');
      assert.equal((await storage.session(hash, 1_999))?.user.name, name);
      assert.equal(await storage.session(hash, 2_000), undefined, 'ended');
      await storage.addSession(`${hash}-2`, user.id, 'csrf-2', 9_000, 1_000);
      await storage.endSession(`${hash}-2`);
      assert.equal(await storage.session(`${hash}-2`, 1_500), undefined, 'signed out');
      assert.equal(await storage.failedLogin(name, 100, 0), 1);
      assert.equal(await storage.failedLogin(name, 200, 0), 2);
      assert.deepEqual(await storage.loginFailures(name, 150), { count: 1, first: 200 });
      await storage.clearLoginFailures(name);
      assert.deepEqual(await storage.loginFailures(name, 0), { count: 0, first: undefined });
    } finally {
      await storage.close();
    }
  });
}
