/**
 * The three browser engines the journeys run in, behind one small interface (a `Tab`, see
 * test/support/engine-tab.ts): Chromium and Firefox (Debian's chromium and firefox-esr) through
 * puppeteer — CDP and WebDriver BiDi — and WebKit (test/support/webkit.ts) through WebDriver
 * classic, spoken over HTTP. Which of them to run, and launching one.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';
import { deep, SETTLE, type Engine, type EngineName, type Tab, type Viewport } from './engine-tab.js';
import { launchWebKit, MINIBROWSER, WEBKIT_DRIVER } from './webkit.js';

export { DEEP, deep, type Engine, type EngineName, type Tab, type Viewport } from './engine-tab.js';
export { MINIBROWSER, startWebKitDriver, WEBKIT_CAPABILITIES, WEBKIT_DRIVER } from './webkit.js';

export const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => path && existsSync(path));

/** The engines to run: all three, or those `GOV_ENGINES` names (comma-separated). */
export function enginesToRun(): EngineName[] {
  const asked = (process.env.GOV_ENGINES ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()) as EngineName[];
  for (const name of asked) {
    const missing = name === 'firefox' ? !FIREFOX : name === 'webkit' ? !WEBKIT_DRIVER || !MINIBROWSER : false;
    if (missing) throw new Error(`${name} is not installed: run node test/support/ensure-browsers.mjs (as root), or set GOV_ENGINES`);
  }
  return asked;
}

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
