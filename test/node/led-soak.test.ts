/**
 * `<gov-led-board>` through 7 days of simulated time (a fake clock in headless Chromium), with
 * daily republishing and two network outages a day: its DOM node count and JS heap stay flat, it
 * never shows a blank screen or an error, it shows stale data (marked) while offline, and it uses
 * conditional requests. Prints the figures.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { launch, pageWith } from '../bench/browser.js';

test('a week unattended: flat DOM and heap, never blank, stale when offline, 304s when unchanged', async () => {
  const browser = await launch();
  try {
    const page = await pageWith(browser, join(import.meta.dirname, '../bench/led-soak.page.ts'));
    const started = performance.now();
    const days = Number(process.env.LED_SOAK_DAYS ?? 7);
    const result = (await page.evaluate((d) => window.soak(d), days)) as {
      samples: { day: number; nodes: number; heap: number }[];
      screens: { staleShown: number; blankOrError: number };
      stats: { requests: number; notModified: number; failed: number; republished: number };
      title: string;
    };
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
    console.log(`LED board, ${days} simulated days in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
    for (const s of result.samples) console.log(`  day ${s.day}: ${s.nodes} DOM nodes, JS heap ${mb(s.heap)}`);
    console.log(
      `  requests ${result.stats.requests} (${result.stats.notModified} answered 304, ${result.stats.failed} failed in outages, ${result.stats.republished} versions); hours showing stale data ${result.screens.staleShown}/${days * 24}`,
    );
    assert.equal(result.title, '长沙县政务公开');
    const nodes = result.samples.map((s) => s.nodes);
    assert.ok(Math.max(...nodes) - Math.min(...nodes) <= 5, `DOM nodes stay flat: ${nodes.join(', ')}`);
    const heaps = result.samples.slice(1).map((s) => s.heap);
    assert.ok(Math.max(...heaps) - Math.min(...heaps) < 2 * 1024 * 1024, `heap stays flat (under 2 MB of drift): ${heaps.map(mb).join(', ')}`);
    assert.equal(result.screens.blankOrError, 0, 'never blank, never an error');
    assert.ok(result.screens.staleShown > 0, 'stale data shown, marked, during outages');
    assert.ok(result.stats.notModified > result.stats.requests / 3, 'polls are conditional: most answer 304');
  } finally {
    await browser.close();
  }
});
