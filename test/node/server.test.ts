/**
 * The storage contract: the behaviour every storage of submissions must have (idempotent feedback,
 * page feedback and its export, requests with their 查询码 and working-day deadlines, the clock a
 * correction restarts), run against SQLite always and PostgreSQL when GOV_DISCLOSURE_TEST_PG names
 * one. The server's bad input and its edges are in server-bad-input.test.ts and server-http.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { postgresStorage, sqliteStorage, type Storage } from '@gov-disclosure/server';
import { citizenRequest, organisationRequest, pageFeedback, PNG_BYTES, rating, VALID_ID } from '../support/submissions.js';
import { DEFAULT_BUNDLE_DIR } from '../../packages/demo/src/paths.js';
import { createClient } from '@gov-disclosure/sdk';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileFetch } from '../../packages/server/src/read-api.js';
import { csvRecords, csvRows, post, start, TOKEN, type Running } from '../support/api-server.js';

/** The behaviour every storage must have; run against SQLite always and PostgreSQL when present. */
function storageContract(name: string, makeStorage: () => Promise<Storage | undefined>) {
  describe(`submissions on ${name}`, () => {
    let app: Running;
    let skip = false;
    before(async () => {
      const storage = await makeStorage();
      if (!storage) skip = true;
      else app = await start({ storage, now: () => new Date('2026-09-30T02:00:00Z') });
    });
    after(() => app?.close());

    test('a feedback is stored once per idempotency key, and a reused key with another body is refused', async (t) => {
      if (skip) return t.skip('no PostgreSQL server');
      const first = await post(app.base, '/430121/feedback', pageFeedback(1), { 'idempotency-key': 'key-0000001' });
      assert.equal(first.status, 201);
      const receipt = await first.json();
      assert.match(receipt.id, /^FB20260930/);
      assert.equal(receipt.receivedAt, '2026-09-30T10:00:00+08:00');
      const again = await post(app.base, '/430121/feedback', pageFeedback(1), { 'idempotency-key': 'key-0000001' });
      assert.equal(again.status, 200);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await again.json(), receipt);
      const other = await post(app.base, '/430121/feedback', pageFeedback(2), { 'idempotency-key': 'key-0000001' });
      assert.equal(other.status, 422);
      assert.equal((await other.json()).error.code, 'idempotency-key-reused');
      // The same key sent by many clients at once still makes one row.
      const racing = await Promise.all(Array.from({ length: 20 }, () => post(app.base, '/430121/feedback', rating(), { 'idempotency-key': 'key-race-01' })));
      assert.deepEqual(new Set(racing.map((r) => r.status)), new Set([201, 200]));
      const rows = await csvRows(app.base, 'feedback.csv');
      assert.equal(rows.length, 2);
    });

    test('page feedback on an entry keeps the entry and its item; the export names them and says every code in Chinese', async (t) => {
      if (skip) return t.skip('no PostgreSQL server');
      const target = {
        jurisdiction: '430121',
        item: 'social-assistance:1.1',
        entry: 'social-assistance:1.1~7',
        pageUrl: 'https://www.csx.gov.cn/zwgk/#gov-item=social-assistance%3A1.1&gov-entry=social-assistance%3A1.1~7',
      };
      const page = await (await post(app.base, '/430121/feedback', { kind: 'page', target, useful: false, problems: ['outdated', 'broken-link'] })).json();
      const graded = await (
        await post(app.base, '/430121/feedback', {
          ...rating(),
          target: { item: 'social-assistance:1.1' },
          grade: 5,
          reason: undefined,
          evaluator: 'legal-person',
        })
      ).json();
      const message = await (
        await post(app.base, '/430121/feedback', { kind: 'message', target: {}, topic: 'consultation', comment: '建议延长公示期' })
      ).json();
      // Stored as sent.
      const stored = new Map<string, unknown>();
      for await (const row of app.storage.feedback()) stored.set(row.id, row.feedback);
      assert.deepEqual((stored.get(page.id) as { target: unknown }).target, target);

      const rows = new Map((await csvRecords(app.base, 'feedback.csv')).map((r) => [r['编号'], r]));
      const p = rows.get(page.id)!;
      // The demo's titles carry their month, and its dates follow the day it was built.
      const title = (await createClient({ src: pathToFileURL(join(DEFAULT_BUNDLE_DIR, '430121', 'manifest.json')).href, fetch: fileFetch }).entry(target.entry))
        .title;
      assert.deepEqual(
        [p['类型'], p['类型名称'], p['事项'], p['事项名称'], p['信息'], p['信息标题'], p['页面'], p['是否有用'], p['问题'], p['问题名称']],
        [
          'page',
          '页面反馈',
          'social-assistance:1.1',
          '社会救助 › 最低生活保障 › 办事指南',
          'social-assistance:1.1~7',
          title,
          target.pageUrl,
          '没用',
          'outdated;broken-link',
          '内容过时、链接失效',
        ],
      );
      const g = rows.get(graded.id)!;
      assert.deepEqual(
        [g['类型名称'], g['事项名称'], g['评价等级'], g['评价等级名称'], g['分项评价'], g['分项评价名称'], g['评价人类型'], g['评价人类型名称']],
        [
          '评价',
          '社会救助 › 最低生活保障 › 办事指南',
          '5',
          '非常满意',
          'efficiency=2;convenience=3',
          '办事效率：不满意；办事便捷度：基本满意',
          'legal-person',
          '法人',
        ],
      );
      const m = rows.get(message.id)!;
      assert.deepEqual([m['类型名称'], m['留言类别'], m['留言类别名称'], m['事项名称'], m['内容']], ['留言', 'consultation', '意见征集', '', '建议延长公示期']);
      // An item the catalogue does not have keeps its id; its name stays empty, and the export still works.
      const unknown = await (
        await post(app.base, '/430121/feedback', { ...pageFeedback(), target: { item: 'no-such-area:9', entry: 'no-such-area:9~1' } })
      ).json();
      const u = (await csvRecords(app.base, 'feedback.csv')).find((r) => r['编号'] === unknown.id)!;
      assert.deepEqual([u['事项'], u['事项名称'], u['信息'], u['信息标题']], ['no-such-area:9', '', 'no-such-area:9~1', '']);
    });

    test('a request gets a 查询码 and deadlines in working days over the holiday; staff move it along', async (t) => {
      if (skip) return t.skip('no PostgreSQL server');
      const response = await post(
        app.base,
        '/430121/requests',
        { ...citizenRequest(), proof: { name: '身份证.png', type: 'image/png', size: PNG_BYTES.length, data: Buffer.from(PNG_BYTES).toString('base64') } },
        { 'idempotency-key': 'req-0000001' },
      );
      assert.equal(response.status, 201);
      const receipt = await response.json();
      assert.match(receipt.code, /^430121-20260930-[0-9A-HJKMNP-TV-Z]{10}$/);
      assert.equal(receipt.receivedAt, '2026-09-30');
      // 20 working days from 09-30, skipping 10-01..10-07 and weekends, with 10-10 worked: 11-03.
      assert.equal(receipt.dueAt, '2026-11-03');
      assert.equal(receipt.latestDueAt, '2026-12-01');

      const lookup = await fetch(`${app.base}/430121/requests/${receipt.code.toLowerCase()}`);
      const status = await lookup.json();
      assert.equal(status.state, 'registered');
      assert.equal(status.timeline.length, 1);
      assert.equal(JSON.stringify(status).includes(VALID_ID), false, 'the public status shows no personal data');

      const update = (body: unknown, token = TOKEN) => post(app.base, `/staff/requests/${receipt.code}/status`, body, { authorization: `Bearer ${token}` });
      assert.equal((await update({ state: 'processing' }, 'wrong-token')).status, 401);
      assert.equal((await update({ state: 'extended', extensionDays: 10, note: '需协调多部门' })).status, 200);
      assert.equal((await update({ state: 'extended' })).status, 409, 'only one extension');
      assert.equal((await update({ state: 'answered' })).status, 400, 'an answer needs its reply type');
      const answered = await (await update({ state: 'answered', replyType: 'disclosable', note: '已通过电子邮件答复' })).json();
      assert.equal(answered.dueAt, '2026-11-17', 'the extension moved the deadline by 10 working days');
      assert.equal(answered.replyType, 'disclosable');
      assert.deepEqual(
        answered.timeline.map((e: { state: string }) => e.state),
        ['registered', 'extended', 'answered'],
      );
      await update({ state: 'archived' });
      assert.equal((await update({ state: 'processing' })).status, 409, 'archived is final');

      const proof = await fetch(`${app.base}/staff/requests/${receipt.code}/proof`, { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(proof.headers.get('content-type'), 'image/png');
      assert.deepEqual([...new Uint8Array(await proof.arrayBuffer())], PNG_BYTES);

      const org = await post(app.base, '/430122/requests', organisationRequest());
      assert.equal(org.status, 201);
      const rows = await csvRows(app.base, 'requests.csv');
      assert.equal(rows.length, 2);
      assert.ok(
        rows.some((r) => r.includes('91350100M000100Y43') && r.includes('科研机构')),
        'the organisation and its kind, in the annual report’s words',
      );
      assert.equal((await csvRows(app.base, 'requests.csv?jurisdiction=430122')).length, 1);
    });

    test('a correction restarts the clock (Art. 30)', async (t) => {
      if (skip) return t.skip('no PostgreSQL server');
      const { code } = await (await post(app.base, '/430121/requests', organisationRequest())).json();
      const update = (body: unknown) => post(app.base, `/staff/requests/${code}/status`, body, { authorization: `Bearer ${TOKEN}` });
      await update({ state: 'correction-required', note: '请补充所需信息的文号' });
      const restarted = await (await update({ state: 'processing' })).json();
      assert.equal(restarted.dueAt, '2026-11-03');
    });

    test("the office's steps (@gov-disclosure/sdk/workflow): each checked against those before it, the deadline the case's clock gives", async (t) => {
      if (skip) return t.skip('no PostgreSQL server');
      const { code, dueAt } = await (await post(app.base, '/430121/requests', citizenRequest())).json();
      assert.equal(dueAt, '2026-11-03', 'received on Wednesday 30 September, before National Day');
      const step = (body: unknown) => post(app.base, `/staff/requests/${code}/steps`, body, { authorization: `Bearer ${TOKEN}` });
      const take = async (body: unknown) => {
        const answer = await step(body);
        assert.equal(answer.status, 200, JSON.stringify(await answer.clone().json()));
        return answer.json();
      };
      const refused = async (body: unknown, why: RegExp) => {
        const answer = await step(body);
        assert.equal(answer.status, 409);
        const { error } = await answer.json();
        assert.equal(error.code, 'step-refused');
        assert.match(error.message, why);
      };
      assert.equal((await take({ type: 'assigned', on: '2026-10-08', department: '县民政局', handler: '王敏' })).state, 'processing');
      const asked = await take({ type: 'correction-requested', on: '2026-10-09', until: '2026-10-23', note: '请补充所需信息的文号' });
      assert.equal(asked.state, 'correction-required');
      assert.equal(asked.clock.paused, 'correction');
      await refused({ type: 'correction-requested', on: '2026-10-12', until: '2026-10-23', note: '再补充' }, /awaiting-correction/);
      // From the correction's receipt, Monday 19 October: 20 working days.
      assert.equal((await take({ type: 'corrected', on: '2026-10-19' })).dueAt, '2026-11-16');
      await take({ type: 'extension-requested', on: '2026-10-26', days: 10, reason: '需要调取档案' });
      await refused({ type: 'reply-drafted', on: '2026-10-27', outcome: { kind: 'disclosed' }, basis: '第三十六条' }, /waiting for its approval/);
      const extended = await take({ type: 'extension-approved', on: '2026-10-27' });
      assert.deepEqual([extended.state, extended.dueAt], ['extended', '2026-11-30']);
      await take({ type: 'reply-drafted', on: '2026-11-20', outcome: { kind: 'partly-disclosed' }, basis: '《政府信息公开条例》第三十七条' });
      assert.equal((await take({ type: 'reply-approved', on: '2026-11-23' })).state, 'answered');
      await take({ type: 'delivered', on: '2026-11-24', channel: 'post' });
      assert.equal((await take({ type: 'archived', on: '2026-11-25' })).state, 'archived');
      // A malformed step is refused with its field; without the token, nothing.
      const bad = await step({ type: 'extension-requested', on: '2026-11-26', days: 30, reason: '—' });
      assert.equal(bad.status, 400);
      assert.equal((await post(app.base, `/staff/requests/${code}/steps`, { type: 'archived', on: '2026-11-26' })).status, 401);
      // The citizen sees the stages, what to correct and how it was answered; not the office's own records.
      const status = await (await fetch(`${app.base}/430121/requests/${code}`)).json();
      assert.deepEqual(
        status.timeline.map((e: { state: string }) => e.state),
        ['registered', 'processing', 'correction-required', 'processing', 'processing', 'extended', 'extended', 'answered', 'delivered', 'archived'],
      );
      assert.deepEqual(
        status.timeline.flatMap((e: { note?: string }) => (e.note ? [e.note] : [])),
        ['请补充所需信息的文号（请于 2026-10-23 前补正）', '部分公开'],
      );
      assert.ok(!JSON.stringify(status).includes('县民政局'), 'no department or handler for the public');
    });

    test('two staff taking one step at once: the second is checked against the first', async (t) => {
      if (skip) return t.skip('no PostgreSQL server');
      const { code } = await (await post(app.base, '/430121/requests', citizenRequest())).json();
      const step = (body: unknown) => post(app.base, `/staff/requests/${code}/steps`, body, { authorization: `Bearer ${TOKEN}` });
      assert.equal((await step({ type: 'assigned', on: '2026-10-08', department: '县民政局', handler: '王敏' })).status, 200);
      const extend = { type: 'extension-requested', on: '2026-10-20', days: 20, reason: '需要调取档案' };
      const answers = await Promise.all([step(extend), step(extend), step(extend)]);
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 409, 409]);
    });

    test('a message is listed with its topic, answered once, and the reply and its audit entry are one write', async (t) => {
      if (skip) return t.skip('no PostgreSQL server');
      const message = { kind: 'message', target: { jurisdiction: '430121' }, topic: 'enquiry', comment: '请问低保怎么申请？' };
      const { id } = await (await post(app.base, '/430121/feedback', message, { 'idempotency-key': 'key-message-1' })).json();
      const listed = await app.storage.messages({ jurisdiction: '430121', unanswered: true });
      assert.deepEqual(
        listed.filter((m) => m.id === id),
        [{ id, jurisdiction: '430121', topic: 'enquiry', receivedAt: '2026-09-30T10:00:00+08:00' }],
      );
      assert.equal((await app.storage.messages({ jurisdiction: '430181' })).length, 0);
      const audit = { at: '2026-10-08T10:00:00+08:00', actor: 'u1', action: 'reply-message', subject: id };
      assert.equal(await app.storage.replyMessage(id, { text: '请到街道办理。', at: audit.at, by: 'u1' }, audit), 'replied');
      assert.equal(await app.storage.replyMessage(id, { text: '再答', at: audit.at, by: 'u1' }, audit), 'replied-before');
      assert.equal(await app.storage.replyMessage('FB-none', { text: '答', at: audit.at, by: 'u1' }, audit), 'not-found');
      assert.equal((await app.storage.message(id))?.repliedAt, audit.at);
      assert.equal((await app.storage.messages({ jurisdiction: '430121', unanswered: true })).filter((m) => m.id === id).length, 0);
      const entries = [];
      for await (const entry of app.storage.auditTrail()) if (entry.action === 'reply-message' && entry.subject === id) entries.push(entry);
      assert.equal(entries.length, 1);
    });
  });
}

storageContract('SQLite', async () => sqliteStorage({ file: ':memory:' }));
storageContract('PostgreSQL', async () => {
  const url = process.env.GOV_DISCLOSURE_TEST_PG;
  if (!url) return undefined;
  const storage = await postgresStorage({ connectionString: url });
  // Start from empty tables.
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  await client.query('TRUNCATE request_events, requests, feedback');
  await client.end();
  return storage;
});
