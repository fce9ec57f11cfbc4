import { expect } from '@open-wc/testing';
import { createClient, DisclosureError, type Feedback, HttpError, NetworkError, NotFoundError, TimeoutError, ValidationError } from '@gov-disclosure/sdk';
import { at, key, MAIN, rejection, stats } from './helpers.js';

const manifest = `bundle/${MAIN}/manifest.json`;

/** What `run` said in the console's warnings, as text. */
async function warnings(run: () => Promise<void>): Promise<string> {
  const said: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void said.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return said.join('\n');
}
const GET_MANIFEST = `GET ${manifest}`;

describe('transport faults', () => {
  it('gives up after the timeout with a TimeoutError', async () => {
    const k = key('timeout');
    const client = createClient({ src: at(k, 'slow', manifest), timeout: 300, retries: 0 });
    const error = await rejection(client.areas());
    expect(error).to.be.instanceOf(TimeoutError);
    expect(error).to.be.instanceOf(DisclosureError);
    expect((error as TimeoutError).code).to.equal('timeout');
    expect((error as TimeoutError).url).to.contain('/slow/');
  });

  it('retries a 503 with backoff and then succeeds', async () => {
    const k = key('503');
    const client = createClient({ src: at(k, '503x2', manifest), retries: 2 });
    const areas = await client.areas();
    expect(areas).to.have.length(26);
    const { hits, times } = await stats(k);
    expect(hits[GET_MANIFEST]).to.equal(3);
    const [t0, t1, t2] = times[GET_MANIFEST]!;
    // Backoff: the second wait is longer than the first.
    expect(t2! - t1!).to.be.greaterThan(t1! - t0!);
  });

  it('stops retrying after the limit and reports the HTTP status, request id and body', async () => {
    const k = key('503-limit');
    const client = createClient({ src: at(k, '503x9', manifest), retries: 1 });
    const error = (await rejection(client.areas())) as HttpError;
    expect(error).to.be.instanceOf(HttpError);
    expect(error.status).to.equal(503);
    expect(error.requestId).to.equal(`test-${k}-2`);
    expect(error.body).to.deep.equal({ error: { code: 'unavailable', message: 'Try again' } });
    expect((await stats(k)).hits[GET_MANIFEST]).to.equal(2);
  });

  it('waits as long as a 429 Retry-After says', async () => {
    const k = key('429');
    const client = createClient({ src: at(k, '429', manifest) });
    await client.areas();
    const [t0, t1] = (await stats(k)).times[GET_MANIFEST]!;
    expect(t1! - t0!).to.be.at.least(950);
  });

  it('retries a failed write with the same Idempotency-Key, and it is stored once', async () => {
    const k = key('write');
    const client = createClient({ api: at(k, '503x1', `api/${MAIN}`) });
    const receipt = await client.submitFeedback({ kind: 'page', target: { item: 'health:1.1' }, useful: true });
    expect(receipt.id).to.be.a('string');
    const s = await stats(k);
    const sent = s.headers[`POST api/${MAIN}/feedback`]!;
    expect(sent).to.have.length(2);
    expect(sent[0]!['idempotency-key']).to.be.a('string').and.equal(sent[1]!['idempotency-key']);
    expect(Object.keys(s.stored)).to.have.length(1);
  });

  it('keeps a caller-given Idempotency-Key, so a resend returns the first receipt', async () => {
    const k = key('idem');
    const client = createClient({ api: at(k, 'ok', `api/${MAIN}`) });
    const feedback: Feedback = { kind: 'page', target: {}, useful: false, problems: ['outdated'] };
    // The caller's own key, fixed for this run (the server outlives one engine's run of the suite).
    const idempotencyKey = `fixed-${k}`;
    const first = await client.submitFeedback(feedback, { idempotencyKey });
    const again = await client.submitFeedback(feedback, { idempotencyKey });
    expect(again).to.deep.equal(first);
    expect(Object.keys((await stats(k)).stored)).to.deep.equal([idempotencyKey]);
  });

  it('aborts with the caller’s signal', async () => {
    const k = key('abort');
    const client = createClient({ src: at(k, 'slow', manifest) });
    const controller = new AbortController();
    const pending = client.areas({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await rejection(pending);
    expect(error.name).to.equal('AbortError');
    expect(error).to.not.be.instanceOf(DisclosureError);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const client = createClient({ src: at(key('aborted'), 'ok', manifest) });
    const error = await rejection(client.areas({ signal: AbortSignal.abort() }));
    expect(error.name).to.equal('AbortError');
  });

  it('makes concurrent identical reads once', async () => {
    const k = key('dedupe');
    const client = createClient({ src: at(k, 'ok', manifest) });
    const results = await Promise.all([client.areas(), client.areas(), client.column(), client.items('health')]);
    expect(results[0]).to.deep.equal(results[1]);
    expect((await stats(k)).hits[GET_MANIFEST]).to.equal(1);
  });

  it('keeps one waiter’s abort from cancelling the others', async () => {
    const k = key('dedupe-abort');
    const client = createClient({ src: at(k, 'ok', manifest) });
    const controller = new AbortController();
    const first = client.areas({ signal: controller.signal });
    const second = client.areas();
    controller.abort();
    expect((await rejection(first)).name).to.equal('AbortError');
    expect(await second).to.have.length(26);
  });

  it('revalidates with ETag once the TTL is over, and reuses the data on 304', async () => {
    const k = key('etag');
    const client = createClient({ src: at(k, 'ok', manifest), cacheTtl: 0 });
    const first = await client.areas();
    const second = await client.areas();
    expect(second).to.deep.equal(first);
    const sent = (await stats(k)).headers[GET_MANIFEST]!;
    expect(sent).to.have.length(2);
    expect(sent[0]!['if-none-match']).to.equal(undefined);
    expect(sent[1]!['if-none-match']).to.match(/^"[0-9a-f]+"$/);
  });

  it('serves repeated reads from memory within the TTL', async () => {
    const k = key('ttl');
    const client = createClient({ src: at(k, 'ok', manifest), cacheTtl: 60_000 });
    await client.areas();
    await client.areas();
    expect((await stats(k)).hits[GET_MANIFEST]).to.equal(1);
  });

  it('reports a dead connection as a NetworkError after its retries', async () => {
    const k = key('drop');
    const client = createClient({ src: at(k, 'drop', manifest), retries: 1 });
    const error = await rejection(client.areas());
    expect(error).to.be.instanceOf(NetworkError);
    expect((error as NetworkError).code).to.equal('network');
    // Two attempts at least; Chromium itself resends a request whose connection was reset.
    expect((await stats(k)).hits[GET_MANIFEST]).to.be.at.least(2);
  });

  it('reports a missing bundle, area, item and entry as NotFoundError', async () => {
    const k = key('404');
    const missing = createClient({ src: at(k, 'ok', 'bundle/999999/manifest.json') });
    const error = await rejection(missing.areas());
    expect(error).to.be.instanceOf(NotFoundError);
    expect((error as NotFoundError).status).to.equal(404);
    const client = createClient({ src: at(k, 'ok', manifest) });
    expect(await rejection(client.items('no-such-area'))).to.be.instanceOf(NotFoundError);
    expect(await rejection(client.item('health:99.99'))).to.be.instanceOf(NotFoundError);
    expect(await rejection(client.entry('health:1.1~99999'))).to.be.instanceOf(NotFoundError);
    const api = createClient({ api: at(k, 'ok', `api/${MAIN}`) });
    expect(await rejection(api.item('health:99.99'))).to.be.instanceOf(NotFoundError);
  });

  it('leaves out a malformed record of a shard, naming its file and place, and keeps the rest', async () => {
    const k = key('malformed');
    const client = createClient({ src: at(k, 'ok', 'fixtures/bad-bundle/manifest.json') });
    // Unknown fields in the manifest are tolerated.
    expect((await client.areas()).map((a) => a.id)).to.deep.equal(['health', 'employment', 'social-assistance', 'elderly-services']);
    const warned = await warnings(async () => {
      expect((await client.items('health')).map((i) => i.id)).to.deep.equal(['health:1']);
    });
    expect(warned).to.match(/bad-bundle\/areas\/health\.json items\[1\] is malformed and left out/);
    expect(warned).to.contain('level');
  });

  it('says when a shard is not JSON at all', async () => {
    const client = createClient({ src: at(key('json'), 'ok', 'fixtures/bad-bundle/manifest.json') });
    const error = (await rejection(client.items('employment'))) as ValidationError;
    expect(error).to.be.instanceOf(ValidationError);
    expect(error.issues[0]).to.include({ path: '', expected: 'JSON' });
  });

  it('leaves out a record with a javascript: service URL', async () => {
    const client = createClient({ src: at(key('hostile'), 'ok', 'fixtures/bad-bundle/manifest.json') });
    const warned = await warnings(async () => {
      expect(await client.items('elderly-services')).to.deep.equal([]);
    });
    expect(warned).to.match(/hostile\.json items\[0\] is malformed and left out/);
    expect(warned).to.contain('service');
  });

  it('rejects an API error with the server’s field paths', async () => {
    const k = key('400');
    const client = createClient({ api: at(k, 'ok', `api/${MAIN}`) });
    const error = (await rejection(client.entries('health:1.1', { stage: 'bogus' as never }))) as HttpError;
    expect(error.status).to.equal(400);
    expect(error.body).to.have.nested.property('error.issues[0].path', 'stage');
    // What the server said, parsed: its code, its message, the field.
    expect(error.error?.code).to.equal('invalid-query');
    expect(error.error?.issues?.[0]?.path).to.equal('stage');
    expect(error.message).to.contain(error.error!.message);
  });

  it('needs an API to submit', async () => {
    const client = createClient({ src: at(key('no-api'), 'ok', manifest) });
    const error = await rejection(client.submitFeedback({ kind: 'page', target: {}, useful: true }));
    expect(error).to.be.instanceOf(DisclosureError);
    expect((error as DisclosureError).code).to.equal('config');
  });

  it('sends every request through an injected fetch', async () => {
    const seen: string[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    const client = createClient({ src: at(key('fetch'), 'ok', manifest), fetch: spy });
    await client.items('health');
    expect(seen).to.have.length(2);
    expect(seen[0]).to.match(/manifest\.json$/);
    expect(seen[1]).to.match(/areas\/health\.[0-9a-f]{12}\.json$/);
  });

  it('needs a source', () => {
    expect(() => createClient({})).to.throw(DisclosureError, /src|api/);
  });
});
