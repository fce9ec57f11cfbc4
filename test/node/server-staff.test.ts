/**
 * Staff accounts on the reference server: users made by `gov-disclosure-server user add` and their
 * API tokens (`token add`), the permission matrix (each role × the steps of a request × its own and
 * another jurisdiction; no token → 401), the exports kept to one's own jurisdictions, and the audit
 * trail: every step and every view or export of personal data appended, readable by a 管理员 only,
 * and refused by the database when anything tries to change it.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { sqliteStorage } from '@gov-disclosure/server';
import { verifyPassword } from '../../packages/server/src/staff/passwords.js';
import { csvRecords, post, start, type Running } from '../support/api-server.js';
import { citizenRequest } from '../support/submissions.js';

const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, '../../packages/server/src/bin.ts');
const cli = async (...args: string[]) =>
  (await run(process.execPath, ['--import', 'tsx', BIN, ...args], { cwd: resolve(import.meta.dirname, '../..') })).stdout;

let dir: string;
let db: string;
let app: Running;
const tokens: Record<string, string> = {};

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gov-staff-'));
  db = join(dir, 'staff.db');
  // The users, as an administrator makes them: a first password and an API token each, shown once.
  const people: [string, string, string][] = [
    ['li-registrar', 'registrar', '430121'],
    ['wang-handler', 'handler', '430121'],
    ['zhao-reviewer', 'reviewer', '430121'],
    ['chen-admin', 'admin', '430121'],
    ['zhou-other', 'handler', '430181'],
  ];
  for (const [name, role, code] of people) {
    const added = await cli('user', 'add', name, '--role', role, '--jurisdiction', code, '--db', db);
    assert.match(added, new RegExp(`Added ${name} \\(${role}; ${code}\\)\\. First password, shown once: \\S{16}`));
    tokens[role === 'handler' && code !== '430121' ? 'other' : role] = /shown once.*: (gd_\S+)/.exec(await cli('token', 'add', name, '--db', db))![1]!;
  }
  // No shared token: each member of staff has their own.
  app = await start({ storage: sqliteStorage({ file: db }), staffToken: undefined, now: () => new Date('2026-09-30T02:00:00Z') });
});
after(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

const as = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });

describe('staff accounts', () => {
  test('the commands of the server’s README make an administrator, a 承办人 and 审核人, and a token', async () => {
    const readme = await readFile(resolve(import.meta.dirname, '../../packages/server/README.md'), 'utf8');
    const commands = [...readme.matchAll(/^gov-disclosure-server ((?:user|token) add .+)$/gm)].map((m) => m[1]!);
    assert.equal(commands.length, 3, commands.join(' | '));
    const other = join(dir, 'readme.db');
    const out = [];
    for (const command of commands) out.push(await cli(...command.replace('./data/disclosure.db', other).split(' ')));
    assert.match(out[0]!, /Added chen \(admin; 430121\)/);
    assert.match(out[1]!, /Added wang 王敏 \(handler, reviewer; 430121\)/);
    const kept = sqliteStorage({ file: other });
    try {
      assert.equal((await kept.userByName('wang'))?.user.displayName, '王敏', 'the name the desk shows');
      assert.equal((await kept.userByName('chen'))?.user.displayName, undefined);
    } finally {
      await kept.close();
    }
    assert.match(out[2]!, /API token for wang, shown once \(send as Authorization: Bearer …\): gd_/);
  });

  test('the database keeps a password only as its scrypt hash, and a token only as its SHA-256', async () => {
    const raw = new Database(db, { readonly: true });
    try {
      const { password_hash } = raw.prepare<[], { password_hash: string }>("SELECT password_hash FROM staff_users WHERE name = 'wang-handler'").get()!;
      assert.match(password_hash, /^scrypt\$16384\$8\$1\$/);
      assert.equal(await verifyPassword('not the password', password_hash), false);
      const stored = raw.prepare<[], { hash: string }>('SELECT hash FROM staff_tokens').all();
      assert.equal(stored.length, 5);
      assert.ok(
        stored.every(({ hash }) => !Object.values(tokens).includes(hash)),
        'no token stored as it is',
      );
    } finally {
      raw.close();
    }
    await assert.rejects(
      cli('user', 'add', 'wang-handler', '--role', 'handler', '--jurisdiction', '430121', '--db', db),
      /there is a user wang-handler already/,
    );
    await assert.rejects(
      cli('user', 'add', 'x-y', '--role', 'boss', '--jurisdiction', '430121', '--db', db),
      /--role registrar\|handler\|reviewer\|admin.*not boss/,
    );
  });

  test('the permission matrix: each step taken only by its role, in its own jurisdiction; no token, nothing', async () => {
    const { code } = await (await post(app.base, '/430121/requests', citizenRequest())).json();
    const step = (who: string | undefined, body: unknown) => post(app.base, `/staff/requests/${code}/steps`, body, who ? as(who) : {});
    assert.equal((await step(undefined, { type: 'assigned', on: '2026-10-08', department: '县民政局', handler: '王敏' })).status, 401);
    // The roles each step is for, as the issue gives them: 登记员 registers and hands out, 承办人 prepares
    // the answer, 审核人 approves answers and extensions; the 管理员 keeps users, and takes no step.
    const path: [unknown, string][] = [
      [{ type: 'assigned', on: '2026-10-08', department: '县民政局', handler: '王敏' }, 'registrar'],
      [{ type: 'extension-requested', on: '2026-10-12', days: 10, reason: '需要调取档案' }, 'handler'],
      [{ type: 'extension-approved', on: '2026-10-13' }, 'reviewer'],
      [{ type: 'reply-drafted', on: '2026-10-20', outcome: { kind: 'withheld', ground: 'third-party' }, basis: '第十五条' }, 'handler'],
      [{ type: 'reply-approved', on: '2026-10-21' }, 'reviewer'],
      [{ type: 'delivered', on: '2026-10-22', channel: 'email' }, 'handler'],
      [{ type: 'archived', on: '2026-10-23' }, 'registrar'],
    ];
    for (const [body, role] of path) {
      const seen: Record<string, number> = {};
      for (const who of ['other', 'admin', 'registrar', 'handler', 'reviewer'].filter((w) => w !== role).concat(role))
        seen[who] = (await step(who, body)).status;
      const expected = { other: 404, admin: 403, registrar: 403, handler: 403, reviewer: 403, [role]: 200 };
      // delivered is also the 登记员's step: here the 承办人 takes it, after the 登记员 tried it first and took it.
      if ((body as { type: string }).type === 'delivered') Object.assign(expected, { registrar: 200, handler: 409 });
      assert.deepEqual(seen, expected, (body as { type: string }).type);
    }
    const status = await (await fetch(`${app.base}/430121/requests/${code}`)).json();
    assert.equal(status.state, 'archived');
  });

  test('exports are for one’s own jurisdictions; the audit trail holds every step, view and export, for a 管理员 only', async () => {
    assert.equal((await fetch(`${app.base}/staff/requests.csv`, { headers: as('handler') })).status, 403);
    assert.equal((await fetch(`${app.base}/staff/requests.csv?jurisdiction=430181`, { headers: as('handler') })).status, 403);
    assert.equal((await fetch(`${app.base}/staff/requests.csv?jurisdiction=430121`, { headers: as('handler') })).status, 200);
    const { code } = await (await post(app.base, '/430121/requests', citizenRequest())).json();
    assert.equal((await fetch(`${app.base}/staff/requests/${code}`, { headers: as('other') })).status, 404, 'another county’s request is not there');
    assert.equal((await fetch(`${app.base}/staff/requests/${code}`, { headers: as('reviewer') })).status, 200);
    assert.equal((await fetch(`${app.base}/staff/audit.csv`, { headers: as('handler') })).status, 403);
    const trail = await csvRecords(app.base, 'audit.csv', as('admin'));
    const kinds = trail.map((r) => r['操作']);
    for (const action of ['add-user', 'add-token', 'step', 'export', 'view-request']) assert.ok(kinds.includes(action), `${action} in the trail`);
    assert.equal(kinds.filter((k) => k === 'step').length, 7, 'the seven steps taken');
    const view = trail.find((r) => r['操作'] === 'view-request')!;
    assert.equal(view['对象'], code);
    // Nothing updates or deletes it: the database refuses.
    const raw = new Database(db);
    try {
      assert.throws(() => raw.prepare("UPDATE audit SET actor = 'someone else'").run(), /append-only/);
      assert.throws(() => raw.prepare('DELETE FROM audit').run(), /append-only/);
    } finally {
      raw.close();
    }
  });
});
