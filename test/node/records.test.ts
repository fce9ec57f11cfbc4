/**
 * One bad record never blanks what holds it: a malformed policy, item of an area's shard, or entry
 * of a chunk is left out (and named in the console); the rest of the list stands, and the
 * client's `onSkipped` listeners hear how many were left out of which file. A manifest that is not a manifest still fails whole.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createClient, ValidationError } from '@gov-disclosure/sdk';
import { fileFetch } from '../../packages/server/src/read-api.js';
import { DEFAULT_BUNDLE_DIR } from '../../packages/demo/src/paths.js';

/** A client over the demo's 长沙县 whose files pass through `change` on the way. */
function client(change: (path: string, json: Record<string, unknown>) => void) {
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const response = await fileFetch(input, init);
    const json = (await response.json()) as Record<string, unknown>;
    change(new URL(url).pathname, json);
    return new Response(JSON.stringify(json), { headers: { 'content-type': 'application/json' } });
  };
  return createClient({ src: pathToFileURL(join(DEFAULT_BUNDLE_DIR, '430121', 'manifest.json')).href, fetch });
}

test('a malformed policy, shard item or chunk entry is left out, counted and named; the rest stand', async () => {
  const good = createClient({ src: pathToFileURL(join(DEFAULT_BUNDLE_DIR, '430121', 'manifest.json')).href, fetch: fileFetch });
  const [policies, items] = await Promise.all([good.policies(), good.items('social-assistance')]);
  const page = await good.entries('social-assistance:1.1');
  const warned: unknown[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
  try {
    const broken = client((path, json) => {
      if (path.includes('/policies')) (json.policies as Record<string, unknown>[])[0]!.url = 'javascript:alert(1)';
      if (path.includes('/areas/social-assistance')) (json.items as Record<string, unknown>[])[0]!.level = 9;
      if (path.includes('/entries/') && Array.isArray(json.entries)) (json.entries as Record<string, unknown>[])[0]!.publishedAt = 'yesterday';
    });
    const heard: string[] = [];
    broken.onSkipped(({ list, url, count }) => heard.push(`${list} ${url.replace(/^.*\/430121\//, '')} ${count}`));
    const shownPolicies = await broken.policies();
    assert.equal(shownPolicies.length, policies.length - 1);
    const shownItems = await broken.items('social-assistance');
    assert.ok(shownItems.length >= items.length - 1 && shownItems.length > 0, `${shownItems.length} of ${items.length}`);
    const shownPage = await broken.entries('social-assistance:1.1');
    assert.equal(shownPage.entries.length, page.entries.length - 1);
    // Each file is told once to the client's listeners, a late listener hears them all at once.
    await broken.policies();
    const late: string[] = [];
    broken.onSkipped(({ list }) => late.push(list));
    assert.deepEqual(
      heard.map((line) => line.replace(/\.[0-9a-f]{12}\.json/, '.json')),
      ['policies policies.json 1', 'items areas/social-assistance.json 1', 'entries entries/social-assistance_1.1-0.json 1'],
    );
    assert.deepEqual(late, ['policies', 'items', 'entries']);
    const said = warned.join('\n');
    assert.match(said, /policies\.[\w-]+\.json policies\[0\] is malformed and left out/);
    assert.match(said, /areas\/social-assistance\.[\w-]+\.json items\[0\] is malformed and left out/);
    assert.match(said, /entries\/[^ ]+\.json entries\[0\] is malformed and left out/);
  } finally {
    console.warn = warn;
  }
});

test('a manifest that is not a manifest still fails whole, with a ValidationError', async () => {
  const broken = client((path, json) => {
    if (path.endsWith('manifest.json')) json.areas = 'none';
  });
  await assert.rejects(broken.areas(), ValidationError);
});

test('pages of a chunked item stay whole and in order when a chunk held a malformed entry, and the total says so', async () => {
  const { buildBundle } = await import('@gov-disclosure/sdk/bundle');
  const items = [
    { id: 'health:1', area: 'health', level: 1 as const, name: '公共卫生服务' },
    { id: 'health:1.1', area: 'health', level: 2 as const, parent: 'health:1', name: '办事指南' },
  ];
  const entries = Array.from({ length: 8 }, (_, n) => ({
    id: `health:1.1~${n + 1}`,
    item: 'health:1.1',
    title: `第${n + 1}条`,
    publishedAt: `2026-01-0${n + 1}`,
  }));
  const { files } = buildBundle({ jurisdiction: { code: '430199', name: '测试县', level: 'county' }, items, entries }, { chunkSize: 3 });
  const fetch: typeof globalThis.fetch = async (input) => {
    const path = new URL(input instanceof Request ? input.url : String(input)).pathname.slice(1);
    const json = JSON.parse(files.get(path)!) as { entries?: Record<string, unknown>[] };
    // The newest chunk's second entry (第7条) is malformed.
    if (json.entries?.[0]?.id === 'health:1.1~8') json.entries[1]!.publishedAt = 'yesterday';
    return new Response(JSON.stringify(json), { headers: { 'content-type': 'application/json' } });
  };
  const warn = console.warn;
  console.warn = () => {};
  try {
    const client = createClient({ src: 'http://bundle.test/manifest.json', fetch });
    const seen: string[] = [];
    let total = Infinity;
    for (let offset = 0; offset < total; offset += 2) {
      const page = await client.entries('health:1.1', { offset, limit: 2 });
      total = page.total;
      seen.push(...page.entries.map((entry) => entry.title));
    }
    assert.equal(total, 7);
    assert.deepEqual(seen, ['第8条', '第6条', '第5条', '第4条', '第3条', '第2条', '第1条']);
  } finally {
    console.warn = warn;
  }
});
