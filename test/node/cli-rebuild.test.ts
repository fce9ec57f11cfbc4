/**
 * A rebuild with the build cache writes what a build without it writes, and checks what changed:
 * entries whose item's JSON is the same as when the check last left it are taken as they are; a
 * changed one is checked again (and refused when it is wrong); one the check changes (trimmed
 * text) is never taken unchecked.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { readCatalogueJson, type CheckedMemo } from '../../packages/cli/src/read/catalogue-json.js';
import { generateCatalogue } from '../../packages/demo/src/generate.js';
import { run } from '../support/cli.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gov-rebuild-'));
});
after(() => rm(dir, { recursive: true, force: true }));

const io = { stdout: () => {}, stderr: () => {}, stdin: async () => '' };

/** A memo as the build cache keeps one: what one read found, the next read has. */
function memoOf() {
  let kept = new Set<string>();
  let next = new Set<string>();
  let hits = 0;
  const memo: CheckedMemo = {
    has: (hash) => (kept.has(hash) ? (hits++, true) : false),
    add: (hash) => void next.add(hash),
  };
  return {
    memo,
    hits: () => hits,
    size: () => next.size,
    save: () => {
      [kept, next, hits] = [next, new Set(), 0];
    },
  };
}

/** A generated catalogue with each entry's fields in the schema's order (as gov-disclosure import writes them). */
function catalogue() {
  const order = [
    'id',
    'item',
    'title',
    'indexNo',
    'publisher',
    'writtenAt',
    'publishedAt',
    'docNo',
    'topic',
    'validity',
    'stage',
    'body',
    'url',
    'attachments',
  ];
  const c = generateCatalogue({ entries: 2_000 });
  c.entries = c.entries!.map((e) => Object.fromEntries(order.filter((k) => k in e).map((k) => [k, e[k as keyof typeof e]])) as typeof e);
  return c;
}

test('entries the check left as they were are taken as they are; changed ones are checked again', async () => {
  const file = join(dir, 'memo.json');
  const source = catalogue();
  await writeFile(file, JSON.stringify(source));
  const { memo, hits, size, save } = memoOf();
  const first = await readCatalogueJson(file, io, memo);
  assert.deepEqual(first, await readCatalogueJson(file, io), 'a memo being filled changes nothing');
  const items = new Set(source.entries!.map((e) => e.item)).size;
  assert.ok(size() > items * 0.9, `${size()} of ${items} items' entries are left as they are by the check`);
  save();

  assert.deepEqual(await readCatalogueJson(file, io, memo), first, 'taken from the memo, the same catalogue');
  assert.equal(hits(), size());
  save();

  // A wrong entry in an item the memo has: checked again, and refused by its path.
  const wrong = structuredClone(source);
  wrong.entries![7]!.publishedAt = '2026-13-40';
  await writeFile(file, JSON.stringify(wrong));
  await assert.rejects(readCatalogueJson(file, io, memo), /entries\[7\]\.publishedAt: expected/);

  // Text the check trims: its item is never taken unchecked, however often it is read.
  const padded = structuredClone(source);
  padded.entries![3]!.title = `  ${padded.entries![3]!.title}  `;
  await writeFile(file, JSON.stringify(padded));
  for (let round = 0; round < 2; round++) {
    const read = await readCatalogueJson(file, io, memo);
    assert.equal(read.entries![3]!.title, source.entries![3]!.title, 'trimmed');
    save();
  }
});

test('gov-disclosure build with its cache writes the same files as a build without, after an entry changed', async () => {
  const file = join(dir, 'catalogue.json');
  const source = catalogue();
  await writeFile(file, JSON.stringify(source));
  const cache = join(dir, 'cache');
  const build = (out: string, cacheDir: string) =>
    run(['build', file, '--out', out, '--html', '--base-url', 'https://www.example.gov.cn/gkzl/', '--cache', cacheDir]);
  assert.equal((await build(join(dir, 'kept'), cache)).code, 0);
  assert.ok(
    (await readdir(cache)).some((name) => /^search-[0-9a-f]{16}\.v8$/.test(name)),
    'the cache is kept where --cache says',
  );

  const changed = structuredClone(source);
  changed.entries![500]!.title += '（更正）';
  changed.entries!.splice(20, 1);
  await writeFile(file, JSON.stringify(changed));
  const again = await build(join(dir, 'kept'), cache);
  assert.equal(again.code, 0, again.err);
  assert.equal((await build(join(dir, 'fresh'), join(dir, 'empty-cache'))).code, 0);

  const files = async (root: string) =>
    (await readdir(root, { recursive: true, withFileTypes: true })).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name).slice(root.length + 1));
  const [kept, fresh] = [await files(join(dir, 'kept')), await files(join(dir, 'fresh'))];
  assert.deepEqual(kept.sort(), fresh.sort(), 'the same files');
  for (const name of fresh) {
    if (name === 'manifest.json') continue; // its generatedAt is the build's moment
    assert.equal(await readFile(join(dir, 'kept', name), 'utf8'), await readFile(join(dir, 'fresh', name), 'utf8'), name);
  }
});
