import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { AreaShard, BundleManifest, EntryChunk, validate, type DisclosureEntry } from '@gov-disclosure/sdk';
import { DEMO_TODAY, generateCatalogue } from '../../packages/demo/src/generate.js';
import { MAIN_COUNTY } from '../../packages/demo/src/jurisdictions.js';
import { DEFAULT_BUNDLE_DIR } from '../../packages/demo/src/paths.js';

const read = async (path: string) => JSON.parse(await readFile(join(DEFAULT_BUNDLE_DIR, path), 'utf8'));

test('the demo is the 1+9 matrix: one city and nine counties, each with a bundle', async () => {
  const codes = (await readdir(DEFAULT_BUNDLE_DIR, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && /^\d+$/.test(d.name))
    .map((d) => d.name)
    .sort();
  assert.equal(codes.length, 10);
  const city = validate(BundleManifest, await read('430100/manifest.json'));
  assert.equal(city.jurisdiction.level, 'city');
  assert.equal(city.jurisdictions!.filter((j) => j.level === 'county').length, 9);
  for (const code of codes) assert.equal(validate(BundleManifest, await read(`${code}/manifest.json`)).jurisdiction.code, code);
});

test(`the main county has 湘潭's scale: 26 areas, ≥182 一级 and ≥2,125 二级 items, ≥20,000 entries`, async () => {
  const manifest = validate(BundleManifest, await read(`${MAIN_COUNTY}/manifest.json`));
  assert.equal(manifest.areas.length, 26);
  const shards = await Promise.all(manifest.areas.map(async (area) => validate(AreaShard, await read(`${MAIN_COUNTY}/${area.shard}`))));
  const items = shards.flatMap((shard) => shard.items);
  assert.ok(items.filter((i) => i.level === 1).length >= 182);
  assert.ok(items.filter((i) => i.level === 2).length >= 2125);
  assert.ok(manifest.counts!.entries >= 20_000);
  assert.equal(
    items.reduce((sum, item) => sum + (item.entryCount ?? 0), 0),
    manifest.counts!.entries,
  );
  // Every area has plausible, distinct 一级 names, and no item lists a 二级 name twice.
  for (const shard of shards) assert.equal(new Set(shard.items.filter((i) => i.level === 1).map((i) => i.name)).size, 7);
  const siblings = items.filter((i) => i.parent).map((i) => `${i.parent}|${i.name}`);
  assert.equal(new Set(siblings).size, siblings.length, 'duplicate 二级 names under one 一级');
});

test('the demo carries the real rows of examples.csv', async () => {
  const manifest = validate(BundleManifest, await read(`${MAIN_COUNTY}/manifest.json`));
  const shard = async (id: string) => validate(AreaShard, await read(`${MAIN_COUNTY}/${manifest.areas.find((a) => a.id === id)!.shard}`));
  const dibao = (await shard('social-assistance')).items.find((i) => i.id === 'social-assistance:1.1')!;
  assert.equal(dibao.name, '办事指南');
  assert.equal(dibao.basis, '《国务院关于进一步加强和改进最低生活保障工作的意见》、各地相关政策法规文件');
  assert.deepEqual(dibao.channels, ['website']);
  const enrolment = (await shard('compulsory-education')).items.find((i) => i.id === 'compulsory-education:1.1')!;
  assert.equal(enrolment.name, '招生政策');
  assert.deepEqual(enrolment.elements, [{ name: '随迁子女入学办法', required: true }]);
  assert.equal(enrolment.responsible, '区教育局');
});

test('entries mix stages and dates, and include repealed, overdue, thin and stale items', async () => {
  const manifest = validate(BundleManifest, await read(`${MAIN_COUNTY}/manifest.json`));
  const items = (await Promise.all(manifest.areas.map(async (a) => validate(AreaShard, await read(`${MAIN_COUNTY}/${a.shard}`))))).flatMap((s) => s.items);
  const entries: DisclosureEntry[] = [];
  for (const item of items) for (const chunk of item.entryChunks ?? []) entries.push(...validate(EntryChunk, await read(`${MAIN_COUNTY}/${chunk}`)).entries);
  assert.ok(entries.length >= 20_000);
  assert.equal(new Set(entries.map((e) => e.stage)).size, 5);
  assert.ok(new Set(entries.map((e) => e.publishedAt.slice(0, 4))).size >= 4);
  assert.ok(entries.filter((e) => e.validity === 'repealed').length > 100);
  const day = 86_400_000;
  const overdue = entries.filter((e) => e.writtenAt && Date.parse(e.publishedAt) - Date.parse(e.writtenAt) > 40 * day);
  assert.ok(overdue.length > 100, `overdue: ${overdue.length}`);
  const leaves = items.filter((i) => i.level === 2);
  assert.ok(
    leaves.some((i) => (i.entryCount ?? 0) < 4),
    'some items have fewer than 4 entries',
  );
  assert.ok(
    leaves.some((i) => i.latestEntryAt && Date.parse(DEMO_TODAY) - Date.parse(i.latestEntryAt) > 90 * day),
    'some items are stale',
  );
  assert.ok(entries.every((e) => e.publishedAt <= DEMO_TODAY));
  // Built today, its newest entries are this week's: an LED board's 本周新公开 is never 0.
  assert.equal(DEMO_TODAY, new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10));
  const lastWeek = new Date(Date.parse(DEMO_TODAY) - 6 * day).toISOString().slice(0, 10);
  assert.ok(entries.filter((e) => e.publishedAt >= lastWeek).length >= 20, 'entries of the last 7 days');
  assert.equal(manifest.generatedAt.slice(0, 10), DEMO_TODAY);
});

test('the generator is deterministic and has a 200,000-entry scale mode', () => {
  const a = generateCatalogue({ code: '430102' });
  const b = generateCatalogue({ code: '430102' });
  assert.deepEqual(a, b);
  const scale = generateCatalogue({ entries: 200_000 });
  assert.ok(scale.entries!.length >= 200_000);
  assert.equal(scale.items.filter((i) => i.level === 2).length, 2125);
});

test("GOV_DEMO_TODAY pins the demo's day (as the README says): every date counts back from it", async () => {
  const { execFileSync } = await import('node:child_process');
  const script =
    "import('./packages/demo/src/generate.ts').then(({ DEMO_TODAY, generateCatalogue }) => { const c = generateCatalogue({ code: '430102' }); console.log(JSON.stringify([DEMO_TODAY, c.entries.reduce((a, e) => (e.publishedAt > a ? e.publishedAt : a), '')])); })";
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, GOV_DEMO_TODAY: '2026-11-01' },
    encoding: 'utf8',
  });
  const [today, newest] = JSON.parse(out.trim().split('\n').pop()!) as [string, string];
  assert.equal(today, '2026-11-01');
  assert.ok(newest <= '2026-11-01' && newest >= '2026-10-01', newest);
});

test('every HTML page of the demo and the examples is laid out for a phone (a viewport meta), as the national website check asks', async () => {
  const { staticPages } = await import('../../packages/demo/src/pages.js');
  const pages = [...staticPages(generateCatalogue({ entries: 200 }))].filter(([path]) => path.endsWith('.html'));
  assert.ok(pages.length > 0, 'the demo writes placeholder pages');
  const examples = join(import.meta.dirname, '../../examples');
  for (const dir of await readdir(examples, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const file of await readdir(join(examples, dir.name))) {
      if (file.endsWith('.html')) pages.push([`examples/${dir.name}/${file}`, await readFile(join(examples, dir.name, file), 'utf8')]);
    }
  }
  const without = pages.filter(([, html]) => !/<meta name="viewport" content="width=device-width/.test(html)).map(([path]) => path);
  assert.deepEqual(without, []);
});
