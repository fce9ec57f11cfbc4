/**
 * The built Storybook (`npm run storybook:build`, which npm test runs first) in Chromium: every
 * element's stories are indexed in every state, and a sample of them renders with no page errors.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.js';
import { TAGS } from '../../packages/elements/src/cdn/tags.js';

const STATIC = resolve(import.meta.dirname, '../../storybook-static');
const ROOT = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
let server: Server;
let browser: Browser;
let base: string;

before(async () => {
  assert.ok(existsSync(join(STATIC, 'index.json')), 'run `npm run storybook:build` first');
  server = createServer(async (req, res) => {
    const path = normalize(join(STATIC, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    const body = file.startsWith(STATIC) ? await readFile(file).catch(() => undefined) : undefined;
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('every element has stories, in the states the design system needs', () => {
  const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8')) as {
    entries: Record<string, { id: string; name: string; title: string; type: string; importPath: string }>;
  };
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  const components = new Set(stories.map((s) => s.id.split('--')[0]));
  assert.ok(components.size >= 9, [...components].join(', '));
  const names = (title: string) => stories.filter((s) => s.title === title).map((s) => s.name);
  for (const title of ['Elements/Catalogue tree', 'Elements/Item view', 'Elements/Search', 'Elements/Disclosure map']) {
    assert.deepEqual(
      ['Default', 'Loading', 'Error', 'Empty', 'Elderly', 'TraditionalChinese', 'English', 'HighContrast'].filter((n) => !names(title).includes(n)),
      [],
      title,
    );
  }
  assert.ok(names('Elements/Item view').includes('200,000 entries'));
  // The forms and the column are shown in every presentation too (the table's other half).
  for (const title of ['Elements/Disclosure column', 'Forms/Feedback (我要评)', 'Forms/Disclosure request (依申请公开)']) {
    assert.deepEqual(
      ['Elderly', 'TraditionalChinese', 'English', 'HighContrast'].filter((n) => !names(title).includes(n)),
      [],
      title,
    );
  }
  assert.ok(names('Displays/LED board').includes('LED 1920×1080'));
  // Docs pages come from the manifest (autodocs).
  assert.ok(Object.values(index.entries).some((e) => e.type === 'docs'));
  // Every element the library defines is shown by a built story (the stories' files hold its tag).
  const shown = [...new Set(stories.map((s) => s.importPath))].map((path) => readFileSync(join(ROOT, path), 'utf8')).join('\n');
  assert.deepEqual(
    TAGS.filter((tag) => !shown.includes(`<${tag}`)),
    [],
  );
});

for (const [id, check] of [
  ['elements-item-view--default', `document.querySelector('gov-item-view')?.shadowRoot?.querySelector('.title')?.textContent`],
  ['elements-item-view--two-hundred-thousand-entries', `document.querySelector('gov-item-view')?.shadowRoot?.textContent.includes('200000')`],
  ['elements-disclosure-column--default', `document.querySelector('gov-disclosure-column')?.shadowRoot?.querySelector('.home .areas li')`],
  ['forms-feedback-我要评--rating', `document.querySelector('gov-feedback')?.shadowRoot?.querySelector('#grade')`],
  // Two rows of the stories' table of variants (stories/variants.ts): a presentation and a state.
  ['elements-catalogue-tree--elderly', `document.querySelector('gov-catalogue-tree[mode="elderly"]')?.shadowRoot?.querySelector('[role="treeitem"]')`],
  ['elements-item-view--error', `document.querySelector('gov-item-view')?.shadowRoot?.querySelector('[part~="error"]')`],
  ['displays-led-board--full-screen', `document.querySelector('gov-led-board')?.shadowRoot?.querySelector('.area h2')?.textContent`],
] as const) {
  test(`story ${id} renders`, async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(check, { timeout: 15_000, polling: 100 });
    assert.deepEqual(errors, []);
    await page.close();
  });
}
