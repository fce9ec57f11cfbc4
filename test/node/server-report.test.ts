/**
 * The annual report on the server (issue 15): `GET /staff/report` counts a year from the requests
 * worked through the desk client (offline registrations and their steps), the bundle's documents,
 * the register of appeals and the texts and figures the staff entered; the XLSX reads back with
 * exceljs to the same cells, merged headers and all; who may do what; publishing writes the page
 * and the list of years into the bundle, and a year that does not balance is refused, naming the
 * column, by the API and by `gov-disclosure-server report`.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { createDeskClient, type DeskClient, type RequestEvent } from '@gov-disclosure/sdk/workflow';
import { REQUEST_ROWS } from '@gov-disclosure/sdk/report';
import { postgresStorage, sqliteStorage, type Storage } from '@gov-disclosure/server';
import { addStaffToken, addStaffUser } from '../../packages/server/src/staff/users.js';
import { DEFAULT_BUNDLE_DIR } from '../../packages/demo/src/paths.js';
import { start, type Running } from '../support/api-server.js';
import { citizenRequest, organisationRequest } from '../support/submissions.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'packages/server/src/bin.ts');
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'gov-report-'));
const bundles = join(dir, 'bundle');
const database = join(dir, 'report.db');
let app: Running;
let storage: Storage;
const desk: Record<'registrar' | 'handler' | 'reviewer', DeskClient> = {} as never;

/** Registers a request received offline on `on`, and takes its steps. */
async function worked(request: object, on: string, steps: (Omit<RequestEvent, 'on'> & { on: string })[] = []): Promise<string> {
  const { code } = await desk.registrar.registerOffline({ jurisdiction: '430121', channel: 'letter', receivedOn: on, request: request as never });
  for (const step of steps) {
    const who = ['reply-drafted', 'fee-paid'].includes(step.type)
      ? 'handler'
      : ['reply-approved', 'fee-notified'].includes(step.type)
        ? 'reviewer'
        : 'registrar';
    await desk[who].step(code, step as RequestEvent);
  }
  return code;
}
const assigned = (on: string) => ({ type: 'assigned', on, department: '县民政局', handler: '王敏' }) as const;
const answered = (drafted: string, approved: string, outcome: object) => [
  { type: 'reply-drafted', on: drafted, outcome, basis: '《中华人民共和国政府信息公开条例》' } as never,
  { type: 'reply-approved', on: approved } as never,
];

before(async () => {
  // A bundle of the county's own, to publish into.
  cpSync(join(DEFAULT_BUNDLE_DIR, '430121'), join(bundles, '430121'), { recursive: true });
  storage = sqliteStorage({ file: database });
  app = await start({ storage, bundles, staffToken: undefined, now: () => new Date('2027-01-15T02:00:00Z') });
  for (const role of ['registrar', 'handler', 'reviewer'] as const) {
    await addStaffUser(storage, { name: `report-${role}`, roles: [role], jurisdictions: ['430121'] });
    desk[role] = createDeskClient({ api: `${app.base}/`, token: (await addStaffToken(storage, { name: `report-${role}` })).token });
  }
  // Carried into 2026 and answered 予以公开 in January; a company's, with a fee paid, 部分公开; a
  // research body's, received on 28 December and still open; a citizen's 重复申请.
  await worked(citizenRequest(), '2025-12-15', [assigned('2025-12-16'), ...answered('2026-01-05', '2026-01-06', { kind: 'disclosed' })]);
  await worked({ ...organisationRequest(), applicant: { ...organisationRequest().applicant, kind: 'commercial' } }, '2026-03-02', [
    assigned('2026-03-02'),
    { type: 'fee-notified', on: '2026-03-05', amount: 120, until: '2026-03-20' } as never,
    { type: 'fee-paid', on: '2026-03-10' } as never,
    ...answered('2026-03-20', '2026-03-23', { kind: 'partly-disclosed' }),
  ]);
  await worked(organisationRequest(), '2026-12-28', [assigned('2026-12-29')]);
  await worked(citizenRequest(), '2026-05-06', [assigned('2026-05-06'), ...answered('2026-05-19', '2026-05-20', { kind: 'not-handled', ground: 'repeated' })]);
});
after(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const EXPECTED: Record<string, number[]> = {
  new: [1, 1, 1, 0, 0, 0, 3],
  'carried-in': [1, 0, 0, 0, 0, 0, 1],
  disclosed: [1, 0, 0, 0, 0, 0, 1],
  'partly-disclosed': [0, 1, 0, 0, 0, 0, 1],
  'not-handled:repeated': [1, 0, 0, 0, 0, 0, 1],
  total: [2, 1, 0, 0, 0, 0, 3],
  'carried-out': [0, 0, 1, 0, 0, 0, 1],
};

test('the year counted from the requests, the bundle’s documents, the appeals and what the staff entered', async () => {
  await desk.reviewer.saveReportInputs('430121', 2026, {
    overview: '2026年，长沙县坚持以公开为常态、不公开为例外。',
    decisions: { licensing: 1520, penalties: 318, enforcement: 12, fees: 56.78 },
  });
  await desk.registrar.saveAppeal({ jurisdiction: '430121', kind: 'review', filedOn: '2026-06-01', result: 'upheld', decidedOn: '2026-08-01' });
  await desk.registrar.saveAppeal({ jurisdiction: '430121', kind: 'direct', filedOn: '2026-09-01', result: 'pending' });
  await assert.rejects(desk.handler.saveReportInputs('430121', 2026, { overview: '…' }), /403|审核人/, 'a 承办人 enters no report text');
  // The register refuses what cannot be, and a case registered twice; a case is changed by its id.
  const [code] = (await desk.handler.queue('430121')).requests.map((r) => r.code);
  const appeal = { jurisdiction: '430121', kind: 'after-review', code, filedOn: '2026-10-09', result: 'pending' } as const;
  await assert.rejects(desk.registrar.saveAppeal({ ...appeal, filedOn: '2027-02-01' }), /400.*after today/);
  await assert.rejects(desk.registrar.saveAppeal({ ...appeal, result: 'upheld', decidedOn: '2026-10-01' }), /400.*before it was received/);
  await assert.rejects(desk.registrar.saveAppeal({ ...appeal, code: '430121-20260101-NOTAREQUEST' }), /400.*No request/);
  const first = await desk.registrar.saveAppeal(appeal);
  await assert.rejects(desk.registrar.saveAppeal(appeal), /409.*registered already/);
  await desk.registrar.saveAppeal({ ...first, result: 'corrected', decidedOn: '2026-12-20' });
  await assert.rejects(desk.registrar.saveAppeal({ ...appeal, id: 'no-such-case' }), /404/);

  const report = await desk.handler.report('430121', 2026);
  assert.equal(report.body, '长沙县人民政府');
  for (const row of REQUEST_ROWS) assert.deepEqual(report.requests[row.id], EXPECTED[row.id] ?? [0, 0, 0, 0, 0, 0, 0], row.label);
  assert.deepEqual(report.decisions, { licensing: 1520, penalties: 318, enforcement: 12, fees: 56.78 });
  assert.deepEqual(report.appeals, { review: [1, 0, 0, 0, 1], direct: [0, 0, 0, 1, 1], 'after-review': [0, 1, 0, 0, 1] });
  assert.equal(report.feeLine, '本年度按照《政府信息公开信息处理费管理办法》收取信息处理费 1 件，共计 120.00 元。');
  // The county's own 行政规范性文件 in its bundle: made in 2026, repealed in 2026, in force at its end.
  const { policies } = (await (await fetch(`${app.base}/430121/policies`)).json()) as {
    policies: { documentKind?: string; publishedAt: string; repealedAt?: string }[];
  };
  const own = policies.filter((p) => p.documentKind === 'normative');
  assert.ok(own.length > 0, 'the demo’s county documents are 行政规范性文件');
  assert.deepEqual(report.documents.normative, [
    own.filter((p) => p.publishedAt.startsWith('2026')).length,
    own.filter((p) => p.repealedAt?.startsWith('2026')).length,
    own.filter((p) => p.publishedAt <= '2026-12-31' && !(p.repealedAt && p.repealedAt <= '2026-12-31')).length,
  ]);
  // Another county's report is not this office's.
  await assert.rejects(desk.handler.report('430102', 2026), /403/);
  // A jurisdiction without a bundle: its documents cannot be counted, and the server says so.
  await addStaffUser(storage, { name: 'report-elsewhere', roles: ['reviewer'], jurisdictions: ['439999'] });
  const elsewhere = createDeskClient({ api: `${app.base}/`, token: (await addStaffToken(storage, { name: 'report-elsewhere' })).token });
  await assert.rejects(elsewhere.report('439999', 2026), /404.*No bundle of 439999/);
});

test('the XLSX reads back with exceljs to the same cells, with the template’s merged headers', async () => {
  const report = await desk.handler.report('430121', 2026);
  const authorization = `Bearer ${(await addStaffToken(storage, { name: 'report-handler' })).token}`;
  const response = await fetch(desk.handler.reportUrl('430121', 2026, 'xlsx'), { headers: { authorization } });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-disposition')!, /430121-2026-report\.xlsx/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  const sheet = book.getWorksheet('三、依申请公开')!;
  // Title in row 1; three header rows (2–4); then the rows of 一 to 四, their figures in columns D to J.
  REQUEST_ROWS.forEach((row, i) => {
    const cells = [4, 5, 6, 7, 8, 9, 10].map((c) => sheet.getCell(5 + i, c).value);
    assert.deepEqual(cells, report.requests[row.id], row.label);
  });
  assert.equal(sheet.getCell('A2').value, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
  assert.equal(sheet.getCell('C4').master.address, 'A2', 'the note spans three columns and three rows');
  assert.equal(sheet.getCell('D2').value, '申请人情况');
  assert.equal(sheet.getCell('J2').master.address, 'D2');
  assert.equal(sheet.getCell('E3').value, '法人或其他组织');
  assert.equal(sheet.getCell('I3').master.address, 'E3');
  assert.equal(sheet.getCell('A7').value, '三、本年度办理结果');
  assert.equal(sheet.getCell('A28').master.address, 'A7', '三 spans its 22 rows');
  assert.equal(sheet.getCell('B9').value, '（三）不予公开');
  assert.equal(sheet.getCell('C9').value, '1.属于国家秘密');
  const active = book.getWorksheet('二、主动公开')!;
  assert.equal(active.getCell('A4').value, '规章');
  assert.deepEqual([active.getCell('B5').value, active.getCell('C5').value, active.getCell('D5').value], report.documents.normative);
  const appeals = book.getWorksheet('四、复议诉讼')!;
  assert.deepEqual(
    Array.from({ length: 15 }, (_, i) => appeals.getCell(5, i + 1).value),
    [...report.appeals.review, ...report.appeals.direct, ...report.appeals['after-review']],
  );
  assert.equal(appeals.getCell('F2').value, '行政诉讼');
  // CSV and HTML of the same year.
  const csv = await (await fetch(desk.handler.reportUrl('430121', 2026, 'csv'), { headers: { authorization } })).text();
  assert.ok(csv.includes('三、收到和处理政府信息公开申请情况,二、上年结转政府信息公开申请数量,自然人,1'));
});

test('publishing writes the year’s page and the list of years into the bundle; the audit trail has it', async () => {
  await assert.rejects(desk.handler.publishReport('430121', 2026), /403/, 'a 承办人 does not publish');
  assert.deepEqual(await desk.reviewer.publishReport('430121', 2026), { published: 'reports/2026.html' });
  await desk.reviewer.publishReport('430121', 2025);
  const page = readFileSync(join(bundles, '430121', 'reports', '2026.html'), 'utf8');
  assert.match(page, /<h1>长沙县人民政府2026年政府信息公开工作年度报告<\/h1>/);
  assert.match(page, /2026年，长沙县坚持以公开为常态/);
  const index = readFileSync(join(bundles, '430121', 'reports', 'index.html'), 'utf8');
  assert.ok(index.indexOf('href="2026.html"') < index.indexOf('href="2025.html"'), 'newest first');
  const trail: unknown[] = [];
  for await (const entry of storage.auditTrail()) trail.push(entry);
  assert.ok(
    trail.some((e) => (e as { action: string; subject: string }).action === 'publish-report' && (e as { subject: string }).subject === '430121/2026'),
    'the publishing is in the audit trail',
  );
});

test('the report commands of the server’s README write the workbook and publish the year', async () => {
  const readme = readFileSync(join(ROOT, 'packages/server/README.md'), 'utf8');
  const commands = [...readme.matchAll(/^gov-disclosure-server (report .+)$/gm)].map((m) => m[1]!);
  assert.equal(commands.length, 2, commands.join(' | '));
  const out: string[] = [];
  for (const command of commands) {
    const args = command
      .replace('./bundle', bundles)
      .replace('./data/disclosure.db', database)
      .replace('年报-2026.xlsx', join(dir, '年报-2026.xlsx'))
      .split(' ');
    out.push((await run(process.execPath, ['--import', 'tsx', BIN, ...args], { cwd: ROOT })).stdout);
  }
  assert.match(out[0]!, /Wrote .*年报-2026\.xlsx/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, '年报-2026.xlsx'));
  assert.deepEqual(
    book.worksheets.map((w) => w.name),
    ['二、主动公开', '三、依申请公开', '四、复议诉讼', '文字部分'],
  );
  assert.equal(book.getWorksheet('三、依申请公开')!.getCell('J5').value, 3, 'the 总计 of 一');
  assert.match(out[1]!, /Published .*reports\/2026\.html/);
});

test('a year that does not balance is refused, naming the column, by the API and by the command', async () => {
  // A request whose answer is dated before its receipt (an import gone wrong): it is new in 2026, but neither answered in 2026 nor open at its end.
  const code = await worked(citizenRequest(), '2026-04-01');
  await storage.updateRequest(code, {
    state: 'answered',
    at: '2026-04-02T10:00:00+08:00',
    step: { type: 'reply-drafted', on: '2025-12-20', outcome: { kind: 'disclosed' }, basis: '《条例》' },
  });
  await storage.updateRequest(code, { state: 'answered', at: '2026-04-02T10:00:00+08:00', step: { type: 'reply-approved', on: '2025-12-20' } });
  await assert.rejects(desk.reviewer.publishReport('430121', 2026), (error: Error & { status?: number; body?: unknown }) => {
    assert.match(error.message, /422|balance/);
    return true;
  });
  const bin = join(ROOT, 'packages/server/src/bin.ts');
  const run = promisify(execFile);
  const failed = await run(
    process.execPath,
    ['--import', 'tsx', bin, 'report', '--year', '2026', '--jurisdiction', '430121', '--db', database, '--bundles', bundles],
    { cwd: ROOT },
  ).catch((error: { code: number; stdout: string; stderr: string }) => error);
  assert.equal((failed as { code: number }).code, 1);
  assert.match((failed as { stderr: string }).stderr, /自然人: 一 \+ 二 = 三（七）\+ 四 — 3 ≠ 2/);
  assert.match((failed as { stderr: string }).stderr, /总计: 一 \+ 二 = 三（七）\+ 四 — 5 ≠ 4/);
  assert.ok(!existsSync(join(dir, '430121-2026-report.xlsx')));
});

/** What both storages keep for the report (PostgreSQL where GOV_DISCLOSURE_TEST_PG names one). */
for (const [kind, make] of [
  ['SQLite', async () => sqliteStorage({ file: ':memory:' })],
  ['PostgreSQL', async () => (process.env.GOV_DISCLOSURE_TEST_PG ? postgresStorage({ connectionString: process.env.GOV_DISCLOSURE_TEST_PG }) : undefined)],
] as const) {
  test(`a year's texts and figures and the register of appeals on ${kind}: replaced by a new save, each save audited`, async (t) => {
    const store: Storage | undefined = await make();
    if (!store) return t.skip('no PostgreSQL server');
    try {
      const j = `43${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`;
      const at = '2027-01-10T10:00:00+08:00';
      const audit = (subject: string) => ({ at, actor: 'u-test', action: 'report-inputs', subject });
      assert.equal(await store.reportInputs(j, 2026), undefined);
      await store.saveReportInputs(j, 2026, { overview: '初稿', decisions: { licensing: 3 } }, at, audit(`${j}/2026`));
      await store.saveReportInputs(j, 2026, { overview: '定稿', decisions: { licensing: 4, fees: 1.5 } }, at, audit(`${j}/2026`));
      assert.deepEqual(await store.reportInputs(j, 2026), { overview: '定稿', decisions: { licensing: 4, fees: 1.5 } });
      assert.equal(await store.reportInputs(j, 2025), undefined, 'a year of its own');
      await store.saveAppeal({ id: `a-${j}-2`, jurisdiction: j, kind: 'direct', filedOn: '2026-09-01', result: 'pending' }, audit('a2'));
      await store.saveAppeal({ id: `a-${j}-1`, jurisdiction: j, kind: 'review', filedOn: '2026-03-01', result: 'pending' }, audit('a1'));
      await store.saveAppeal(
        { id: `a-${j}-1`, jurisdiction: j, kind: 'review', filedOn: '2026-03-01', result: 'upheld', decidedOn: '2026-05-01' },
        audit('a1'),
      );
      assert.deepEqual(
        (await store.appeals(j)).map((a) => [a.id, a.result]),
        [
          [`a-${j}-1`, 'upheld'],
          [`a-${j}-2`, 'pending'],
        ],
      );
      const trail: string[] = [];
      for await (const e of store.auditTrail({ since: '2027-01-10' }))
        if (e.actor === 'u-test' && (e.subject.startsWith(j) || e.subject.startsWith('a'))) trail.push(e.subject);
      assert.ok(trail.filter((s) => s === `${j}/2026`).length >= 2 && trail.includes('a1') && trail.includes('a2'), 'every save audited');
    } finally {
      await store.close();
    }
  });
}
