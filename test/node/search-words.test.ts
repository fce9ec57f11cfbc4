/**
 * The lexicon's long words posted whole (text.ts's `WholeWords`): a query of 公共租赁住房 reads
 * one posting list, in one shard, where its bigrams took five; and finds what the bigrams found.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createClient } from '@gov-disclosure/sdk';
import { keysOf, search, wholeWords, type SearchResults } from '@gov-disclosure/sdk/search';
import { fileFetch } from '../../packages/server/src/read-api.js';
import { DEFAULT_BUNDLE_DIR } from '../../packages/demo/src/paths.js';

/** A client over the demo bundle, counting the shards it reads; `bigramsOnly` hides the meta's `whole` (as an index built before it). */
function client(bigramsOnly: boolean) {
  const shards = new Set<string>();
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url.includes('/search/p/')) shards.add(url);
    const response = await fileFetch(input, init);
    if (!bigramsOnly || !url.includes('/search/meta.')) return response;
    const { whole: _, ...meta } = (await response.json()) as Record<string, unknown>;
    return new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json' } });
  };
  return { client: createClient({ src: pathToFileURL(join(DEFAULT_BUNDLE_DIR, '430121', 'manifest.json')).href, fetch }), shards };
}

test('keys: a whole word stands for the bigrams inside it, the longest first, and the bigrams across its ends stay', () => {
  const whole = wholeWords(['最低生活保障', '最低生活保障金', '公共租赁住房', '低保'], 3);
  assert.deepEqual(keysOf('最低生活保障', whole), ['最低生活保障']);
  assert.deepEqual(keysOf('最低生活保障金', whole), ['最低生活保障金']);
  assert.deepEqual(keysOf('城乡最低生活保障标准', whole), ['城乡', '乡最', '最低生活保障', '障标', '标准']);
  assert.deepEqual(keysOf('公共租赁住房最低生活保障', whole), ['公共租赁住房', '房最', '最低生活保障']);
  // Two characters are a bigram already; without whole words, bigrams only.
  assert.deepEqual(keysOf('低保', whole), ['低保']);
  assert.deepEqual(keysOf('最低生活', whole), ['最低', '低生', '生活']);
  assert.deepEqual(keysOf('公租房'), ['公租', '租房']);
});

test("the lexicon's words are read whole: fewer shards; what their bigrams found, and the items whose place holds the word", async () => {
  const ids = (r: SearchResults) => r.hits.map((h) => h.entry ?? h.item);
  for (const q of ['公租房', '最低生活保障', '低保', '医保', '义务教育', '棚户区改造', '社保卡 办理']) {
    const words = client(false);
    const grams = client(true);
    const [a, b] = await Promise.all([search(words.client, q), search(grams.client, q)]);
    assert.ok(words.shards.size < grams.shards.size, `${q}: ${words.shards.size} shards whole, ${grams.shards.size} by bigrams`);
    if (a.total === b.total) {
      assert.deepEqual([ids(a), a.facets], [ids(b), b.facets], q);
      continue;
    }
    // 义务教育 finds one item more: 义务教育 › 教育经费 holds the word across its place and its
    // name, which a bigram inside the name (教育, posted as the name's) did not let the place match.
    const [all, some] = await Promise.all([search(words.client, q, { limit: 100 }), search(grams.client, q, { limit: 100 })]);
    assert.ok(all.total <= 100 && all.total > some.total, q);
    const extra = all.hits.filter((h) => !ids(some).includes(h.entry ?? h.item));
    assert.ok(
      ids(some).every((id) => ids(all).includes(id)),
      `${q}: every hit of the bigrams is found`,
    );
    for (const hit of extra) assert.ok(!hit.entry && hit.path!.join('').includes(q), `${q}: ${hit.path!.join(' › ')}`);
  }
});
