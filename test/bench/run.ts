/**
 * `npm run bench`: the performance figures the issues ask for, measured here and printed with
 * their targets. Sizes are deterministic; times are taken in headless Chromium, median of many
 * runs after warm-up. Exits non-zero when a target is missed.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AreaShard, BundleManifest, validate, type CatalogueItem } from '@gov-disclosure/sdk';
import { DEFAULT_BUNDLE_DIR } from '../../packages/demo/src/paths.js';
import { MAIN_COUNTY } from '../../packages/demo/src/generate.js';
import { launch, pageWith, summary } from './browser.js';
import { bundleSize, kb } from './size.js';

const ROOT = resolve(import.meta.dirname, '../..');
const results: { name: string; value: string; target: string; ok: boolean }[] = [];
const report = (name: string, value: string, target: string, ok: boolean) => {
  results.push({ name, value, target, ok });
  console.log(`${ok ? '✔' : '✘'} ${name}: ${value} (target ${target})`);
};

async function sizes() {
  console.log('\n— SDK size (esbuild --bundle --minify, gzip -9, the published dist with zod and ky) —');
  const client = await bundleSize('createClient', "export { createClient } from '@gov-disclosure/sdk';", ROOT);
  const classic = await bundleSize('zod classic', "import { z } from 'zod'; export const s = z.object({ a: z.string() });", ROOT);
  const mini = await bundleSize('zod mini', "import * as z from 'zod/mini'; export const s = z.object({ a: z.string() });", ROOT);
  console.log(`  for comparison, one object schema: zod classic ${kb(classic.gzip)}, zod/mini ${kb(mini.gzip)}`);
  report('SDK client (createClient, with zod/mini and ky)', `${kb(client.gzip)} min+gzip (${kb(client.minified)} min)`, '≤ 16 KB', client.gzip <= 16 * 1024);
  console.log(`  by package (minified bytes): ${client.byPackage.filter(([, b]) => b > 0).map(([p, b]) => `${p} ${b}`).join(', ')}`);
  const forms = await bundleSize('forms', "export * from '@gov-disclosure/sdk/forms';", ROOT);
  console.log(`  @gov-disclosure/sdk/forms alone (what a submission form adds): ${kb(forms.gzip)}`);
  const all = await bundleSize('everything', "export * from '@gov-disclosure/sdk'; export * from '@gov-disclosure/sdk/forms';", ROOT);
  console.log(`  every export of both entries: ${kb(all.gzip)}`);
}

async function catalogueItems(): Promise<CatalogueItem[]> {
  const dir = join(DEFAULT_BUNDLE_DIR, MAIN_COUNTY);
  const manifest = validate(BundleManifest, JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
  const shards = await Promise.all(manifest.areas.map(async (area) => validate(AreaShard, JSON.parse(await readFile(join(dir, area.shard), 'utf8')))));
  return shards.flatMap((shard) => shard.items.map(({ entryChunks: _, ...item }) => item));
}

async function validation() {
  console.log('\n— Validating the full catalogue in Chromium —');
  const items = await catalogueItems();
  const second = items.filter((i) => i.level === 2).length;
  const browser = await launch();
  try {
    const page = await pageWith(browser, join(import.meta.dirname, 'validate.page.ts'));
    await page.evaluate((data) => window.validateRuns(data, 10), items); // warm-up
    const times = await page.evaluate((data) => window.validateRuns(data, 50), items);
    const { median, p95 } = summary(times);
    report(`Validate the catalogue of ${items.length} items (${second} 二级) with the SDK schemas, median of 50`, `${median.toFixed(1)} ms (p95 ${p95.toFixed(1)} ms)`, '≤ 20 ms', median <= 20);
  } finally {
    await browser.close();
  }
}

await sizes();
await validation();
const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length} of ${results.length} targets met.`);
if (failed.length) process.exitCode = 1;
