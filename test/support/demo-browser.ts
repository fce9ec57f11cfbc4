/**
 * The demo as `npm start` serves it, in headless Chromium, for the tests that use it as a person
 * would (the examples, the journeys): the server on a free port with its own database, pages that
 * record console errors and CSP violations, axe over shadow roots, and screenshots.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';
import { freePort } from './free-port.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHOTS = join(ROOT, 'test/screenshots');
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface Demo extends DemoServer {
  browser: Browser;
}

export interface DemoServer {
  base: string;
  /** What the server printed as it started: its URLs. */
  banner: string;
  /** The demo server's SQLite database. */
  database: string;
  /** Resolves once the server has printed `text` (at once if it has), or rejects after `timeout` ms with what it printed. */
  printed(text: string, timeout?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the demo server (as `npm start` does) on a free port, with a database of its own; its
 * desk has its users, and its year of requests only with `desk: 'year'` (seeding them loads the
 * machine for seconds, which the tests of other things need not wait through).
 */
export async function startDemoServer(o: { desk?: 'users' | 'year' } = {}): Promise<DemoServer> {
  mkdirSync(SHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'gov-demo-'));
  const database = join(dir, 'demo.db');
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/demo/src/serve.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), GOV_DISCLOSURE_DB: database, GOV_DEMO_DESK: o.desk === 'year' ? 'year' : 'users' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const printed = (text: string, timeout = 30_000) =>
    new Promise<void>((done, fail) => {
      const check = () => output.includes(text) && (clearTimeout(timer), server.stdout!.off('data', check), done());
      const timer = setTimeout(() => (server.stdout!.off('data', check), fail(new Error(`the demo server did not print "${text}":\n${output}`))), timeout);
      server.stdout!.on('data', check);
      check();
    });
  await printed('Press Ctrl+C');
  return {
    base: `http://127.0.0.1:${port}`,
    banner: output,
    database,
    printed,
    async stop() {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts the demo server and Chromium. */
export async function startDemo(o: Parameters<typeof startDemoServer>[0] = {}): Promise<Demo> {
  const server = await startDemoServer(o);
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    ...server,
    browser,
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}

export interface Opened {
  page: Page;
  errors: string[];
  violations: () => Promise<string[]>;
}

/** A phone (390×844, touch) and a desktop (1280×900), as the journeys ask. */
export const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
export const DESKTOP = { width: 1280, height: 900 };

/** Opens a page, recording console errors, page errors and CSP / Trusted Types violations. */
export async function open(demo: Demo, path: string, viewport: Parameters<Page['setViewport']>[0] = DESKTOP): Promise<Opened> {
  const page = await demo.browser.newPage();
  await page.setViewport(viewport);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto(demo.base + path, { waitUntil: 'networkidle0' });
  return { page, errors, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

/**
 * axe over the page, shadow roots included, for the WCAG 2.2 A and AA rules; the rules it breaks.
 * (Page-structure best practices, one `<main>` and the like, belong to the host page; `rules`
 * runs just the rules named, such as those that check what the column claims of the page's
 * structure.)
 */
export async function axe(page: Page, include?: string, rules?: string[]): Promise<string[]> {
  await page.evaluate(AXE);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] };
  const result = (await page.evaluate(
    (only, runOnly) =>
      (window as unknown as { axe: { run(c: object, o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(
        only ? { include: [[only]] } : document,
        { resultTypes: ['violations'], runOnly },
      ),
    include ?? null,
    runOnly,
  )) as {
    violations: { id: string; nodes: { target: unknown }[] }[];
  };
  return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
}

/** Waits for a condition evaluated in the page. */
export const waitIn = (page: Page, check: string, timeout = 10_000) => page.waitForFunction(check, { timeout, polling: 100 });

/** A full-page screenshot, `test/screenshots/<name>.png`; with `screen`, also what the window shows, `<name>-screen.png`. */
export async function shot(page: Page, name: string, options: { screen?: boolean } = {}): Promise<void> {
  const path = join(SHOTS, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  // The window first: a full-page capture resizes the viewport, which moves the scroll position.
  if (options.screen) await page.screenshot({ path: join(SHOTS, `${name}-screen.png`) });
  await page.screenshot({ path, fullPage: true });
}
