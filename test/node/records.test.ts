/**
 * One bad record never blanks what holds it: a malformed policy, item of an area's shard, or entry
 * of a chunk is left out (and named in the console); the rest of the list stands, and the list
 * says how many were left out. A manifest that is not a manifest still fails whole.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createClient, skippedOf, ValidationError } from '@gov-disclosure/sdk';
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
    const shownPolicies = await broken.policies();
    assert.equal(shownPolicies.length, policies.length - 1);
    assert.equal(skippedOf(shownPolicies), 1);
    const shownItems = await broken.items('social-assistance');
    assert.ok(shownItems.length >= items.length - 1 && shownItems.length > 0, `${shownItems.length} of ${items.length}`);
    const shownPage = await broken.entries('social-assistance:1.1');
    assert.equal(shownPage.entries.length, page.entries.length - 1);
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
