import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildBundle, writeBundle, type GroupMemo, type LastShards, type SearchMemo } from '@gov-disclosure/sdk/bundle';
import { DisclosureError, ValidationError } from '@gov-disclosure/sdk';

const jurisdiction = { code: '430199', name: '测试县', level: 'county' } as const;
const items = [
  { id: 'health:1', area: '医疗卫生', level: 1 as const, name: '公共卫生服务' },
  { id: 'health:1.1', area: 'health', level: 2 as const, parent: 'health:1', name: '办事指南', deadline: '信息形成之日起5个工作日内' },
];
const entry = (n: number, date: string) => ({ id: `health:1.1~${n}`, item: 'health:1.1', title: `第${n}条`, publishedAt: date });

test('builds shards, chunks newest first, counts, and normalises printed values', () => {
  const { manifest, files } = buildBundle(
    { jurisdiction, items, entries: [entry(1, '2026-01-01'), entry(2, '2026-03-01'), entry(3, '2026-02-01')] },
    { chunkSize: 2 },
  );
  const health = manifest.areas.find((a) => a.id === 'health')!;
  assert.equal(health.itemCount, 2);
  assert.equal(health.entryCount, 3);
  assert.equal(manifest.areas.length, 26);
  const shard = JSON.parse(files.get(health.shard)!);
  const leaf = shard.items.find((i: { id: string }) => i.id === 'health:1.1');
  assert.deepEqual(leaf.deadline, { text: '信息形成之日起5个工作日内', days: 5, unit: 'working', trigger: '信息形成' });
  assert.equal(shard.items[0].area, 'health');
  assert.equal(leaf.latestEntryAt, '2026-03-01');
  assert.equal(leaf.entryChunks.length, 2);
  const first = JSON.parse(files.get(leaf.entryChunks[0])!);
  assert.deepEqual(
    first.entries.map((e: { id: string }) => e.id),
    ['health:1.1~2', 'health:1.1~3'],
  );
  assert.match(health.shard, /^areas\/health\.[0-9a-f]{12}\.json$/);
  assert.equal(shard.items.find((i: { id: string }) => i.id === 'health:1').childCount, 1);
});

test('refuses ids the bundle source could not find, and invalid data, with clear errors', () => {
  assert.throws(
    () => buildBundle({ jurisdiction, items: [{ ...items[0]!, id: 'employment:1' }] }),
    (e: unknown) => e instanceof DisclosureError && /must start with its area/.test((e as Error).message),
  );
  assert.throws(() => buildBundle({ jurisdiction, items, entries: [{ ...entry(1, '2026-01-01'), id: 'x~1' }] }), /must be "health:1.1~n"/);
  assert.throws(() => buildBundle({ jurisdiction, items, entries: [{ ...entry(1, '2026-01-01'), item: 'health:9', id: 'health:9~1' }] }), /unknown item/);
  assert.throws(
    () => buildBundle({ jurisdiction, items: [{ ...items[0]!, level: 5 as 1 }] }),
    (e: unknown) => e instanceof ValidationError && e.issues[0]!.path === 'items[0].level',
  );
});

test('writes incrementally: unchanged files are kept, stale ones removed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bundle-'));
  try {
    const a = buildBundle({ jurisdiction, items, entries: [entry(1, '2026-01-01')] });
    const first = await writeBundle(a, dir);
    assert.equal(first.unchanged, 0);
    const again = await writeBundle(a, dir);
    assert.equal(again.written, 1); // the manifest
    assert.equal(again.unchanged, first.written - 1);
    const b = buildBundle({ jurisdiction, items, entries: [entry(1, '2026-01-01'), entry(2, '2026-02-01')] });
    const changed = await writeBundle(b, dir);
    // The manifest, the health shard, the new chunk, the latest digest, and of the search index its
    // meta, the area's entry record chunk and the posting shard its words are in (a tiny index has one).
    assert.equal(changed.written, 8); // …and its item record chunk (the item's newest date)
    assert.equal(changed.removed, 7); // the old shard, chunk, digest, meta, two record chunks and posting shard
    const files = await readdir(dir, { recursive: true });
    assert.equal(files.filter((f) => String(f).endsWith('.json')).length, b.files.size);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** A memo as the CLI keeps one between builds: the groups by key and in order, and the shards. */
function memoOf() {
  const kept = { groups: new Map<string, GroupMemo>(), order: [] as string[], shards: undefined as LastShards | undefined };
  let next = { groups: new Map<string, GroupMemo>(), shards: undefined as LastShards | undefined };
  const asked: { key: string; found: boolean }[] = [];
  const memo: SearchMemo = {
    get: (key) => {
      const group = kept.groups.get(key);
      asked.push({ key, found: !!group });
      if (group) next.groups.set(key, group);
      return group;
    },
    set: (key, group) => void next.groups.set(key, group),
    last: (g) => kept.groups.get(kept.order[g] ?? ''),
    lastCount: () => kept.order.length,
    lastShards: () => kept.shards,
    setShards: (shards) => void (next.shards = shards),
  };
  /** Ends a build: what it made is what the next one finds. */
  const save = () => {
    Object.assign(kept, { groups: next.groups, order: [...next.groups.keys()], shards: next.shards });
    next = { groups: new Map(), shards: undefined };
    asked.length = 0;
  };
  return { memo, asked, save, kept };
}

test("a rebuild with the search memo makes the same files as one without, tokenising only the changed entry's area and making only its shards", async () => {
  const { generateCatalogue } = await import('../../packages/demo/src/generate.js');
  const catalogue = generateCatalogue({ entries: 3_000 });
  const { memo, asked, save, kept } = memoOf();
  const options = { generatedAt: '2026-11-01T00:00:00Z' };
  const sorted = (files: Map<string, string>) => [...files].sort(([a], [b]) => (a < b ? -1 : 1));
  const first = buildBundle(catalogue, { ...options, search: { memo } });
  assert.deepEqual(sorted(first.files), sorted(buildBundle(catalogue, options).files), 'a memo being filled changes nothing');
  assert.ok(asked.length > 5 && asked.every((a) => !a.found), 'an empty memo has nothing');
  save();
  const shardsBefore = kept.shards!;

  // One entry's title and another's date change: their areas are made again, every other area is taken from the memo.
  const changed = structuredClone(catalogue);
  const [a, b] = [changed.entries![10]!, changed.entries![2_000]!];
  a.title += '（更正）';
  b.publishedAt = '2026-10-31';
  const areaOf = (item: string) => item.slice(0, item.indexOf(':'));
  const again = buildBundle(changed, { ...options, search: { memo } });
  assert.deepEqual(sorted(again.files), sorted(buildBundle(changed, options).files), 'the memo changes nothing in what is built');
  const missed = asked.filter((x) => !x.found).length;
  assert.equal(missed, new Set([areaOf(a.item), areaOf(b.item)]).size, 'only the changed areas are tokenised again');
  assert.ok(asked.length - missed >= 10, 'the other areas come from the memo');
  save();
  // Most shards are the last build's own (the same objects), and the shards holding the changed title's words are not.
  const reused = kept.shards!.shards.filter((shard, n) => shard === shardsBefore.shards[n]).length;
  assert.equal(kept.shards!.count, shardsBefore.count);
  assert.ok(reused > kept.shards!.count / 2 && reused < kept.shards!.count, `${reused} of ${kept.shards!.count} shards kept`);

  // Renamed items (their entries' places change) and a removed entry: still the same as a build without the memo.
  const third = structuredClone(changed);
  third.items[5]!.name += '（调整）';
  third.entries!.splice(100, 1);
  assert.deepEqual(sorted(buildBundle(third, { ...options, search: { memo } }).files), sorted(buildBundle(third, options).files));
  save();
  // And back: the memo of the third build makes the second.
  assert.deepEqual(sorted(buildBundle(changed, { ...options, search: { memo } }).files), sorted(again.files));
});
