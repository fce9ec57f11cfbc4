/**
 * WebKit for the journeys and the browser tests: Debian's webkit2gtk-driver (WebKitWebDriver with
 * MiniBrowser under Xvfb), spoken to over HTTP in WebDriver classic, behind the `Tab` of
 * test/support/engine-tab.ts.
 *
 * WebKitGTK's MiniBrowser has a header bar that keeps its window at least 447 px wide, so on WebKit
 * the phone is a 390×844 frame filling an otherwise empty page: the column's viewport, media
 * queries, history and storage are the frame's, as they would be a phone's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deep, SETTLE, type Engine, type Tab, type Viewport } from './engine-tab.js';
import { freePort } from './free-port.js';
import { until } from './until.js';

export const WEBKIT_DRIVER = [process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver'].find((path) => path && existsSync(path));
export const MINIBROWSER = [
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
].find((path) => path && existsSync(path));

const KEYS = { Enter: '\uE007', Tab: '\uE004', Escape: '\uE00C' } as const;

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
  // WebKitWebDriver says nothing when it is up: the only sign is its port answering.
  await until(
    () =>
      fetch(`http://127.0.0.1:${port}/status`)
        .then((r) => r.ok)
        .catch(() => false),
    15_000,
    'WebKitWebDriver to start',
    100,
  );
  return {
    port,
    stop() {
      driver.kill();
      xvfb.kill();
    },
  };
}

/** Sessions asked for before one is given up: a MiniBrowser that never comes up is rare, and not what a test checks. */
const SESSION_ATTEMPTS = 3;
/** How long a new session may take (MiniBrowser starts in about a second). */
const SESSION_TIMEOUT = 60_000;

export async function launchWebKit(): Promise<Engine> {
  const drivers = [await startWebKitDriver()];
  const tabs = new Set<Tab>();
  return {
    name: 'webkit',
    async open(viewport) {
      for (let attempt = 1; ; attempt++) {
        const driver = drivers[drivers.length - 1]!;
        try {
          const tab = await webDriverTab(`http://127.0.0.1:${driver.port}`, viewport);
          tabs.add(tab);
          return tab;
        } catch (error) {
          if (attempt >= SESSION_ATTEMPTS) throw error;
          // No session (the driver waited for a MiniBrowser that did not come): ask a new driver, on
          // its own display; the tabs open on the others go on.
          console.warn(`WebKit: no session (${(error as Error).message}); starting another WebKitWebDriver`);
          drivers.push(await startWebKitDriver());
        }
      }
    },
    async closeAll() {
      for (const tab of tabs) await tab.close().catch(() => {});
      tabs.clear();
    },
    async stop() {
      for (const tab of tabs) await tab.close().catch(() => {});
      for (const driver of drivers) driver.stop();
    },
  };
}

async function webDriverTab(base: string, viewport: Viewport): Promise<Tab> {
  const call = async <T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
    const json = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (json.value && typeof json.value === 'object' && 'error' in json.value && json.value.error)
      throw new Error(`WebDriver ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  const { sessionId } = await call<{ sessionId: string }>(
    'POST',
    '/session',
    { capabilities: { alwaysMatch: WEBKIT_CAPABILITIES } },
    AbortSignal.timeout(SESSION_TIMEOUT),
  );
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
