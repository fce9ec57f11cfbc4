/**
 * The three browser engines the journeys run in, behind one small interface: Chromium and Firefox
 * (Debian's chromium and firefox-esr) through puppeteer — CDP and WebDriver BiDi — and WebKit
 * (Debian's webkit2gtk-driver: WebKitWebDriver with MiniBrowser under Xvfb) through WebDriver classic,
 * spoken over HTTP.
 *
 * A `Tab` is one page as a person uses it: open an address, tap, type, press Enter, go Back,
 * reload, take a screenshot, and evaluate a condition until it holds. Selectors are CSS with `>>>`
 * to step into shadow roots (as puppeteer's): `gov-disclosure-column >>> gov-search >>> input`.
 *
 * WebKitGTK's MiniBrowser has a header bar that keeps its window at least 447 px wide, so on WebKit
 * the phone is a 390×844 frame filling an otherwise empty page: the column's viewport, media
 * queries, history and storage are the frame's, as they would be a phone's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';
import { freePort } from './free-port.js';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

export const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => path && existsSync(path));
export const WEBKIT_DRIVER = [process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'].find((path) => path && existsSync(path));
export const MINIBROWSER = [
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
].find((path) => path && existsSync(path));

/** The engines to run: all three, or those `GOV_ENGINES` names (comma-separated). */
export function enginesToRun(): EngineName[] {
  const asked = (process.env.GOV_ENGINES ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()) as EngineName[];
  for (const name of asked) {
    const missing = name === 'firefox' ? !FIREFOX : name === 'webkit' ? !WEBKIT_DRIVER || !MINIBROWSER : false;
    if (missing) throw new Error(`${name} is not installed: run node test/support/ensure-browsers.mjs (as root), or set GOV_ENGINES`);
  }
  return asked;
}

export interface Viewport {
  width: number;
  height: number;
  /** A touch screen: taps are touches (where the engine's driver can make them). */
  touch?: boolean;
}

export interface Tab {
  readonly engine: EngineName;
  readonly viewport: Viewport;
  /** Loads an address afresh (not as a jump within the page, even where only the fragment differs). */
  goto(url: string): Promise<void>;
  /** Evaluates an expression (a string) in the page; a promise it gives is awaited. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Waits until an expression is truthy in the page. */
  waitFor(expression: string, timeout?: number): Promise<void>;
  /** Taps (on a touch screen) or clicks the centre of the first element the selector finds, scrolled into view. */
  tap(selector: string, index?: number): Promise<void>;
  /** Types text into whatever has the focus, key by key. */
  type(text: string): Promise<void>;
  press(key: 'Enter' | 'Tab' | 'Escape'): Promise<void>;
  back(): Promise<void>;
  reload(): Promise<void>;
  /** What the screen shows, as a PNG. */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  open(viewport: Viewport): Promise<Tab>;
  /** Closes every tab still open (after a failed test: WebKitWebDriver runs one session at a time). */
  closeAll(): Promise<void>;
  stop(): Promise<void>;
}

/** In-page: the elements a selector with `>>>` finds (or a comma-separated list of them), looking through open shadow roots at every step. */
export const DEEP = `(() => {
  const all = (root, css) => {
    const out = [...root.querySelectorAll(css)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...all(el.shadowRoot, css));
    return out;
  };
  const one = (selector) => selector.split('>>>').map((s) => s.trim()).reduce((roots, css, i) => roots.flatMap((root) => all(i === 0 ? root : root.shadowRoot ?? root, css)), [document]);
  // A list (a, b) finds what each of its selectors finds, each with its own >>> steps.
  return (selector) => [...new Set(selector.split(/,(?![^[]*\])/).flatMap(one))];
})()`;

/**
 * In-page: scrolls an element to the middle of the screen and waits until it stays there for two
 * frames (what loads around it, or a page keeping something else in view, may move it), as a person
 * waits for the page to settle before tapping. Resolves the element's centre, or null.
 */
const SETTLE = `async (el) => {
  if (!el) return null;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  let last;
  for (let i = 0; i < 60; i++) {
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) el.scrollIntoView({ block: 'center', inline: 'nearest' });
    await frame();
    await frame();
    const now = el.getBoundingClientRect();
    if (last && Math.abs(now.top - last.top) < 1 && Math.abs(now.left - last.left) < 1 && now.top >= 0 && now.bottom <= innerHeight) break;
    last = now;
  }
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}`;

/** An expression giving the elements a deep selector finds. */
export const deep = (selector: string) => `${DEEP}(${JSON.stringify(selector)})`;

const KEYS = { Enter: '\uE007', Tab: '\uE004', Escape: '\uE00C' } as const;

export async function launch(name: EngineName): Promise<Engine> {
  if (name === 'webkit') return launchWebKit();
  const browser: Browser =
    name === 'firefox'
      ? await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true })
      : await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const pages = new Set<Page>();
  return {
    name,
    async open(viewport) {
      const page = await browser.newPage();
      pages.add(page);
      page.once('close', () => pages.delete(page));
      await page.setViewport({ width: viewport.width, height: viewport.height, hasTouch: !!viewport.touch, isMobile: !!viewport.touch, deviceScaleFactor: 1 });
      return puppeteerTab(name, page, viewport);
    },
    async closeAll() {
      for (const page of [...pages]) await page.close().catch(() => {});
      pages.clear();
    },
    stop: () => browser.close(),
  };
}

function puppeteerTab(engine: EngineName, page: Page, viewport: Viewport): Tab {
  const center = async (selector: string, index: number) => {
    const point = await page.evaluate(`(${SETTLE})(${deep(selector)}[${index}])`);
    if (!point) throw new Error(`nothing to tap: ${selector} [${index}]`);
    return point as { x: number; y: number };
  };
  return {
    engine,
    viewport,
    async goto(url) {
      // A fresh load, even where only the fragment differs.
      if (page.url().split('#')[0] === url.split('#')[0]) await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    async waitFor(expression, timeout = 20_000) {
      await page.waitForFunction(expression, { timeout, polling: 100 }).catch((error: Error) => {
        throw new Error(`${error.message}, waiting for …${expression.slice(-300)}`);
      });
    },
    async tap(selector, index = 0) {
      const { x, y } = await center(selector, index);
      if (viewport.touch) await page.touchscreen.tap(x, y);
      else await page.mouse.click(x, y);
    },
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    back: async () => void (await page.goBack({ waitUntil: 'load' }).catch(() => page.evaluate('history.back()'))),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    async screenshot(path) {
      mkdirSync(dirname(path), { recursive: true });
      // What the window shows where it is scrolled, as the WebDriver one does.
      await page.screenshot({ path, captureBeyondViewport: false });
    },
    close: () => page.close(),
  };
}

/** The capabilities of a WebKitWebDriver session: MiniBrowser in automation mode. */
export const WEBKIT_CAPABILITIES = { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } };

/** WebKitWebDriver on its own Xvfb display and a free port; it starts one MiniBrowser a session. */
export async function startWebKitDriver(): Promise<{ port: number; stop(): void }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.once('error', reject);
    (xvfb.stdio[3] as NodeJS.ReadableStream).once('data', (d: Buffer) => resolve(`:${d.toString().trim()}`));
  });
  const port = await freePort();
  const driver: ChildProcess = spawn(WEBKIT_DRIVER!, [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
  const deadline = Date.now() + 15_000;
  // WebKitWebDriver says nothing when it is up: the only sign is its port answering, so ask again
  // shortly after each refusal (this is start-up, not a test waiting).
  while (
    !(await fetch(`http://127.0.0.1:${port}/status`)
      .then((r) => r.ok)
      .catch(() => false))
  ) {
    if (Date.now() > deadline) throw new Error('WebKitWebDriver did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    stop() {
      driver.kill();
      xvfb.kill();
    },
  };
}

async function launchWebKit(): Promise<Engine> {
  const driver = await startWebKitDriver();
  const base = `http://127.0.0.1:${driver.port}`;
  const tabs = new Set<Tab>();
  return {
    name: 'webkit',
    async open(viewport) {
      const tab = await webDriverTab(base, viewport);
      tabs.add(tab);
      return tab;
    },
    async closeAll() {
      for (const tab of tabs) await tab.close().catch(() => {});
      tabs.clear();
    },
    async stop() {
      for (const tab of tabs) await tab.close().catch(() => {});
      driver.stop();
    },
  };
}

async function webDriverTab(base: string, viewport: Viewport): Promise<Tab> {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (json.value && typeof json.value === 'object' && 'error' in json.value && json.value.error)
      throw new Error(`WebDriver ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  const { sessionId } = await call<{ sessionId: string }>('POST', '/session', {
    capabilities: { alwaysMatch: WEBKIT_CAPABILITIES },
  });
  const S = `/session/${sessionId}`;
  // The window: as wide as MiniBrowser allows, and tall enough for the phone's frame.
  await call('POST', `${S}/window/rect`, { x: 0, y: 0, width: Math.max(viewport.width, 460), height: viewport.height + 60 });
  const framed = viewport.width < 447;
  if (!framed) {
    // The window's header bar takes some of its height: make up for it.
    const inner = await call<number>('POST', `${S}/execute/sync`, { script: 'return innerHeight', args: [] });
    if (inner !== viewport.height)
      await call('POST', `${S}/window/rect`, { width: Math.max(viewport.width, 460), height: viewport.height + 60 + viewport.height - inner });
  }
  let closed = false;
  const run = <T>(script: string) => call<T>('POST', `${S}/execute/sync`, { script, args: [] });
  const inFrame = async () => {
    if (!framed) return;
    await call('POST', `${S}/frame`, { id: null });
    await call('POST', `${S}/frame`, { id: 0 });
  };
  const evaluate = async <T>(expression: string) => {
    await inFrame();
    return run<T>(`return (${expression});`);
  };
  // The condition is checked in the page at every frame, a few seconds per call (a navigation
  // ends the call: the next one looks in the new page), until it holds or the time is up.
  const waitFor = async (expression: string, timeout = 20_000) => {
    const deadline = Date.now() + timeout;
    for (;;) {
      const slice = Math.max(0, Math.min(5_000, deadline - Date.now()));
      const ok = await evaluate<boolean>(
        `new Promise((resolve) => { const end = performance.now() + ${slice}; const check = () => { let ok = false; try { ok = !!(${expression}); } catch {} if (ok || performance.now() >= end) resolve(ok); else requestAnimationFrame(check); }; check(); })`,
      ).catch(() => false);
      if (ok) return;
      if (Date.now() >= deadline) throw new Error(`timed out after ${timeout} ms waiting for …${expression.slice(-300)}`);
    }
  };
  const keys = (value: string) =>
    call('POST', `${S}/actions`, {
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [...value].flatMap((k) => [
            { type: 'keyDown', value: k },
            { type: 'keyUp', value: k },
          ]),
        },
      ],
    });
  return {
    engine: 'webkit',
    viewport,
    async goto(url) {
      if (!framed) return void (await call('POST', `${S}/url`, { url }));
      // The frame's page is of the column's own origin, so that its storage is first-party.
      await call('POST', `${S}/frame`, { id: null });
      await call('POST', `${S}/url`, { url: new URL('/.well-known/phone-frame', url).href });
      await run(
        `document.open(); document.write(${JSON.stringify(`<!doctype html><style>html,body{margin:0;height:100%;overflow:hidden;background:#888}iframe{border:0;width:${viewport.width}px;height:${viewport.height}px;display:block;background:#fff}</style><iframe></iframe>`)}); document.close(); document.querySelector('iframe').src = ${JSON.stringify(url)}; return true;`,
      );
      await inFrame();
      await waitFor(`document.readyState === 'complete' && location.origin === ${JSON.stringify(new URL(url).origin)}`);
    },
    evaluate,
    waitFor,
    async tap(selector, index = 0) {
      await inFrame();
      const element = await run<Record<string, string> | null>(`const el = ${deep(selector)}[${index}]; return (${SETTLE})(el).then(() => el || null);`);
      if (!element) throw new Error(`nothing to tap: ${selector} [${index}]`);
      // WebKitGTK's driver makes no touches: a pointer at the element's centre stands in for the finger.
      await call('POST', `${S}/actions`, {
        actions: [
          {
            type: 'pointer',
            id: 'pointer',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', origin: element, x: 0, y: 0 },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
      await call('DELETE', `${S}/actions`);
    },
    async type(text) {
      await inFrame();
      await keys(text);
    },
    async press(key) {
      await inFrame();
      await keys(KEYS[key]);
    },
    async back() {
      if (!framed) return void (await call('POST', `${S}/back`, {}));
      await evaluate('history.back()');
    },
    async reload() {
      if (!framed) return void (await call('POST', `${S}/refresh`, {}));
      // A mark the old document carries and the new one does not.
      await evaluate('(window.__reloading = true, setTimeout(() => location.reload()), true)');
      await waitFor(`!window.__reloading && document.readyState === 'complete'`);
    },
    async screenshot(path) {
      mkdirSync(dirname(path), { recursive: true });
      await call('POST', `${S}/frame`, { id: null });
      const png = framed
        ? await call<string>('GET', `${S}/element/${Object.values(await run<Record<string, string>>('return document.querySelector("iframe")'))[0]}/screenshot`)
        : await call<string>('GET', `${S}/screenshot`);
      writeFileSync(path, Buffer.from(png, 'base64'));
    },
    async close() {
      if (closed) return;
      closed = true;
      await call('DELETE', S);
    },
  };
}
