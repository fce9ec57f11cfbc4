/**
 * Long entry lists in two parts (packages/sdk/src/search/tails.ts): an index whose long lists are
 * split answers every query exactly as one whose lists are whole, and shows a page before the
 * tails arrive only where the heads decide it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient } from '@gov-disclosure/sdk';
import { buildBundle } from '@gov-disclosure/sdk/bundle';
import { search, type SearchResults } from '@gov-disclosure/sdk/search';
import { generateCatalogue } from '../../packages/demo/src/generate.js';

const ROOT = 'https://column.example.gov.cn/';
const catalogue = generateCatalogue({ entries: 4000 });
const generatedAt = '2026-11-01T00:00:00+08:00';
// Whole lists, and lists split from 40 entries on (their 20 newest kept): most common words are split.
const whole = buildBundle(catalogue, { generatedAt, search: { tails: { from: Infinity, head: 0 } } });
const split = buildBundle(catalogue, { generatedAt, search: { tails: { from: 40, head: 20 } } });

/** A client over built files; `gate` holds back the tail files until it resolves; `read` lists what was fetched. */
function clientOf(files: Map<string, string>, gate?: Promise<void>) {
  const read: string[] = [];
  const fetch: typeof globalThis.fetch = async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    read.push(url.slice(ROOT.length));
    if (gate && url.includes('/search/t/')) await gate;
    const body = files.get(url.slice(ROOT.length));
    return body === undefined ? new Response('', { status: 404 }) : new Response(body, { headers: { 'content-type': 'application/json' } });
  };
  return { client: createClient({ src: `${ROOT}manifest.json`, fetch, retries: 0 }), read };
}

const QUERIES = ['资金', '资金发放', '公示', '通知', '补贴 发放', '养老补贴', '办事指南', '低保', '医保', '公租房', '2026年', '学区', '资金 学区', '结果公示'];
const plain = ({ query, total, hits, facets, partial }: SearchResults) => ({ query, total, hits, facets, partial });

test('an index with split lists answers as one with whole lists: hits, total, facets, pages and filters', async () => {
  const tails = [...split.files.keys()].filter((p) => p.startsWith('search/t/'));
  assert.ok(tails.length >= 20, `${tails.length} tail files`);
  assert.ok(![...whole.files.keys()].some((p) => p.startsWith('search/t/')));
  const a = clientOf(whole.files).client;
  const b = clientOf(split.files).client;
  for (const q of QUERIES) {
    const first = await search(a, q, { limit: 20 });
    assert.deepEqual(plain(await search(b, q, { limit: 20 })), plain(first), q);
    assert.deepEqual(plain(await search(b, q, { limit: 20, offset: 40 })), plain(await search(a, q, { limit: 20, offset: 40 })), `${q}, page 3`);
    const year = first.facets?.year[1]?.value;
    if (year) assert.deepEqual(plain(await search(b, q, { year, kind: 'entry' })), plain(await search(a, q, { year, kind: 'entry' })), `${q} in ${year}`);
  }
});

test('where the heads decide the page, it is shown before the tails arrive, and it is the final page', async () => {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const { client, read } = clientOf(split.files, gate);
  const early: SearchResults[] = [];
  const searching = search(client, '资金', { limit: 20, onPage: (r) => early.push(r) });
  // The early page comes while every tail is still held back.
  await new Promise<void>((resolve) => {
    const poll = () => (early.length ? resolve() : setImmediate(poll));
    poll();
  });
  assert.ok(
    read.some((p) => p.includes('search/t/')),
    'the tails were asked for',
  );
  const [page] = early;
  assert.equal(page!.counting, true);
  assert.ok(page!.facets, 'the facets found so far');
  assert.equal(page!.hits.length, 20);
  release();
  const final = await searching;
  assert.equal(final.counting, undefined);
  assert.deepEqual(page!.hits, final.hits);
  assert.ok(page!.total <= final.total && final.facets);
  // The kinds are final while counting (items are never split), so their buttons do not change.
  assert.deepEqual(
    page!.facets!.kind.map((k) => k.value),
    final.facets.kind.map((k) => k.value),
  );
});

test('an early page, whenever one is shown, is the final page (every query of two characters in the titles)', async () => {
  const { client } = clientOf(split.files);
  const words = new Set<string>();
  for (const entry of catalogue.entries!.slice(0, 400)) for (const m of entry.title.matchAll(/\p{Script=Han}{2}/gu)) words.add(m[0]);
  let shown = 0;
  let held = 0;
  for (const q of [...words, ...QUERIES]) {
    let early: SearchResults | undefined;
    const final = await search(client, q, { limit: 10, onPage: (r) => (early = r) });
    if (early) {
      shown++;
      assert.deepEqual(early.hits, final.hits, q);
    } else if (final.total > 40) held++;
  }
  // Both ways are taken: most pages shown at once, some waiting for the tails.
  assert.ok(shown > 20, `${shown} early pages`);
  console.log(`${shown} queries shown before their tails; ${held} with more than 40 hits waited for them`);
});

test('a tail that cannot be read fails the search with a clear error, and a malformed one is refused', async () => {
  const broken = new Map(split.files);
  const [tail] = [...broken.keys()].filter((p) => p.startsWith('search/t/'));
  broken.set(tail!, JSON.stringify('1,2,<script>'));
  const { client } = clientOf(broken);
  const name = tail!.slice('search/t/'.length, -'.json'.length);
  // The query whose term names this tail.
  const shard = [...broken].find(([p, body]) => p.startsWith('search/p/') && body.includes(`"${name}"`))!;
  const term = Object.entries(JSON.parse(shard[1]) as Record<string, unknown>).find(([, v]) => Array.isArray(v) && v[6] === name)![0];
  await assert.rejects(search(client, term), (error: Error) => /search\/t\//.test(error.message) || /Invalid|invalid/.test(error.message));
});
