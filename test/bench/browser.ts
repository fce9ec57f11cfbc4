/** Headless Chromium for the benchmarks: a page with a script, driven by puppeteer-core. */
import { build } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.js';

export async function launch(): Promise<Browser> {
  // gc() lets a benchmark collect the previous run's garbage outside its timing.
  return puppeteer.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    headless: true,
    protocolTimeout: 600_000,
  });
}

/** Opens a blank page with `entry` bundled by esbuild (production mode, minified) and loaded. */
export async function pageWith(browser: Browser, entry: string): Promise<Page> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    conditions: ['source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // @sinonjs/fake-timers requires Node's util only when `process` exists; not in a page.
    external: ['util'],
  });
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('[page]', error));
  await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
  await page.addScriptTag({ content: result.outputFiles[0]!.text, type: 'module' });
  await page.waitForFunction('window.benchReady === true');
  return page;
}

/** Median and 95th percentile of a list of milliseconds. */
export function summary(times: number[]): { median: number; p95: number; min: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), min: sorted[0]! };
}
