/**
 * 我要查 over the demo data (npm test writes it first): the judged query set, the citizen's words,
 * the sharded index's layout (a query reads only its shards; a change rewrites only what it touches),
 * the 1+N merged index, and the API answering with the same ranking.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createClient } from '@gov-disclosure/sdk';
import { search, type SearchResults } from '@gov-disclosure/sdk/search';
import { fileFetch } from '../../packages/server/src/read-api.js';
import { DEFAULT_BUNDLE_DIR } from '../../packages/demo/src/paths.js';

const judgements = JSON.parse(readFileSync(new URL('../fixtures/search-judgements.json', import.meta.url), 'utf8')) as {
  jurisdiction: string;
  queries: { q: string; expect: string[]; why: string }[];
  unanswerable: { q: string; why: string }[];
};

/** A client over a demo bundle on disk, counting the files it reads. */
function demoClient(code: string) {
  const read: string[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    read.push(String(input));
    return fileFetch(input, init);
  };
  return { client: createClient({ src: pathToFileURL(join(DEFAULT_BUNDLE_DIR, code, 'manifest.json')).href, fetch }), read };
}

/**
 * Where the expected document first stands among the hits: the item itself, an item or entry
 * inside it (a 二级 item or an entry of 最低生活保障 leads the citizen there), or the entry.
 */
function rankOf(results: SearchResults, expect: string[]): number {
  const within = (id: string, item: string) => id === item || id.startsWith(`${item}.`) || id.startsWith(`${item}~`);
  return results.hits.findIndex((hit) => expect.some((want) => within(hit.entry ?? hit.item, want) || (!want.includes('~') && within(hit.item, want))));
}

test('the judged query set: the document a citizen means is in the top 3 for at least 90%', async () => {
  const { client } = demoClient(judgements.jurisdiction);
  const misses: string[] = [];
  for (const { q, expect } of judgements.queries) {
    const rank = rankOf(await search(client, q, { limit: 10 }), expect);
    if (rank < 0 || rank > 2) misses.push(`${q} → ${rank < 0 ? 'not in the top 10' : `#${rank + 1}`} (expected ${expect.join(' | ')})`);
  }
  const share = 1 - misses.length / judgements.queries.length;
  console.log(`judged queries: ${judgements.queries.length - misses.length} of ${judgements.queries.length} in the top 3 (${(share * 100).toFixed(0)}%)${misses.length ? `; misses:\n  ${misses.join('\n  ')}` : ''}`);
  assert.ok(judgements.queries.length >= 30, 'at least 30 judged queries');
  assert.ok(share >= 0.9, `${(share * 100).toFixed(0)}% < 90%`);
});
