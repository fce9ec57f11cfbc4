/**
 * The SDK's prefetch: a file asked for before the code that validates it is here. The request
 * leaves at once (a page about to render does not hold it back), the next read validates that
 * answer instead of asking again, and a failed prefetch is simply asked again.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient, HttpError, ValidationError } from '@gov-disclosure/sdk';
import { SearchMeta } from '@gov-disclosure/sdk/search';

const meta = { version: 2, jurisdictions: [], areas: [], groups: [], shards: 1, hashes: 'abcd', recordSize: 64 };

function counting(answer: (url: string) => Response) {
  const asked: string[] = [];
  const client = createClient({
    src: 'http://cdn.test/bundle/manifest.json',
    retries: 0,
    fetch: async (input) => {
      const url = input instanceof Request ? input.url : String(input);
      asked.push(url);
      return answer(url);
    },
  });
  return { client, asked };
}
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

test('a prefetch leaves at once, and the next read of it validates that answer without asking again', async () => {
  const { client, asked } = counting(() => json(meta));
  const url = 'http://cdn.test/bundle/search/meta.1.json';
  client.prefetch(url);
  assert.deepEqual(asked, [url], 'asked before any microtask ran');
  client.prefetch(url);
  assert.equal((await client.get(url, SearchMeta)).hashes, 'abcd');
  assert.equal(asked.length, 1);
});

test('a prefetched answer is validated like any other; a failed prefetch is asked again, and its error is the read’s', async () => {
  const broken = counting(() => json({ ...meta, shards: 'many' }));
  broken.client.prefetch('http://cdn.test/bundle/search/meta.2.json');
  await assert.rejects(broken.client.get('http://cdn.test/bundle/search/meta.2.json', SearchMeta), ValidationError);

  const down = counting(() => json({ error: { code: 'unavailable', message: '维护中' } }, 503));
  down.client.prefetch('http://cdn.test/bundle/search/meta.3.json');
  await assert.rejects(
    down.client.get('http://cdn.test/bundle/search/meta.3.json', SearchMeta),
    (error: unknown) => error instanceof HttpError && error.status === 503,
  );
  assert.equal(down.asked.length, 2, 'the read asked again');
});
