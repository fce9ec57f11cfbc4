/**
 * `npm start` end to end: the demo server (examples, bundles, reference server on SQLite), the
 * column page in headless Chromium, a citizen answering 有用 and rating an item with 我要评, and
 * the rows in the database afterwards.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
let server: ChildProcess;
let browser: Browser;
let base: string;
const dir = mkdtempSync(join(tmpdir(), 'gov-demo-'));
const database = join(dir, 'demo.db');

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address() as { port: number };
  await new Promise((r) => probe.close(r));
  return port;
}

before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/demo/src/serve.ts')], { cwd: ROOT, env: { ...process.env, PORT: String(port), GOV_DISCLOSURE_DB: database }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolveUp, reject) => {
    const timer = setTimeout(() => reject(new Error('the demo server did not start')), 30_000);
    server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('gov-disclosure demo on') && (clearTimeout(timer), resolveUp()));
  });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('a feedback sent from the demo column page is in the database', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/examples/column/#gov-item=social-assistance%3A1.1`, { waitUntil: 'networkidle0' });
  // A person reads before answering (the form questions a press within 2 s of showing).
  await new Promise((r) => setTimeout(r, 2_100));
  const useful = await page.waitForSelector('>>> .page-feedback >>> .useful button');
  await useful!.click();
  await page.waitForFunction(() => {
    const column = document.querySelector('gov-disclosure-column')!.shadowRoot!;
    return column.querySelector('gov-feedback')?.shadowRoot?.querySelector('[part="status"]')?.textContent?.includes('感谢您的反馈');
  });

  // 我要评 on the item opens the rating form for it.
  const rate = await page.waitForSelector('>>> gov-actions >>> button:nth-of-type(3)');
  assert.equal(await rate!.evaluate((b) => b.textContent), '我要评');
  await rate!.click();
  // Polled: puppeteer's own waiting does not see changes inside shadow roots.
  const grade = await page.waitForSelector('>>> gov-item-view >>> gov-feedback:not([hidden]) >>> #grade-first', { polling: 100 } as never);
  await grade!.click();
  const submit = await page.waitForSelector('>>> gov-item-view >>> gov-feedback >>> button[type="submit"]');
  await submit!.click();
  await page.waitForFunction(() => {
    const view = document.querySelector('gov-disclosure-column')!.shadowRoot!.querySelector('gov-item-view')!.shadowRoot!;
    return view.querySelector('gov-feedback')?.shadowRoot?.querySelector('[part="status"]')?.textContent?.includes('感谢您的反馈');
  });
  assert.deepEqual(errors, []);

  const db = new Database(database, { readonly: true });
  const rows = db.prepare('SELECT jurisdiction, kind, payload FROM feedback ORDER BY received_at').all() as { jurisdiction: string; kind: string; payload: string }[];
  db.close();
  assert.deepEqual(rows.map((r) => [r.jurisdiction, r.kind]), [['430121', 'page'], ['430121', 'rating']]);
  assert.deepEqual(JSON.parse(rows[0]!.payload), { kind: 'page', target: { jurisdiction: '430121', pageUrl: '/examples/column/' }, useful: true });
  assert.deepEqual(JSON.parse(rows[1]!.payload).target, { item: 'social-assistance:1.1' });
});
