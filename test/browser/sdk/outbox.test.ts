/** The outbox's rules, one at a time, against the test server's real API with injected faults. */
import { expect } from '@open-wc/testing';
import { IndexedDbStore, MemoryStore, Outbox } from '@gov-disclosure/sdk/outbox';

const server = window.TEST_SERVER;
let n = 0;
const key = () => `ob-${++n}-${Date.now()}`;
const feedback = (i = 0) => ({ kind: 'page', target: { pageUrl: `/outbox/${i}` }, useful: true });
const stats = async (k: string) => (await fetch(`${server}/t/${k}/stats`)).json();

describe('outbox', () => {
  it('writes the submission to the store before the first attempt', async () => {
    const store = new MemoryStore();
    const outbox = new Outbox({ store, lock: false, channel: false, fetch: () => new Promise(() => undefined) });
    const record = await outbox.add('feedback', `${server}/t/${key()}/ok/api/430121/feedback`, feedback());
    expect(await store.get(record.id)).to.deep.include({ state: 'pending', body: feedback() });
    outbox.close();
  });

  it('honours Retry-After on 429, and sends the same Idempotency-Key again', async () => {
    const k = key();
    const outbox = new Outbox({ store: new MemoryStore(), lock: false, channel: false, backoff: { initial: 10, max: 10 } });
    const record = await outbox.add('feedback', `${server}/t/${k}/429/api/430121/feedback`, feedback());
    const done = await outbox.wait(record.id);
    expect(done.state).to.equal('sent');
    expect(done.attempts).to.equal(2);
    const s = await stats(k);
    const [first, second] = s.times['POST api/430121/feedback'];
    expect(second - first, 'waited as Retry-After said').to.be.at.least(950);
    expect(s.headers['POST api/430121/feedback'].map((h: Record<string, string>) => h['idempotency-key'])).to.deep.equal([record.id, record.id]);
    outbox.close();
  });

  it('treats a 4xx as final, keeping the body and the server’s reason; the SDK knows where each kind of write goes', async () => {
    const outbox = new Outbox({ store: new MemoryStore(), lock: false, channel: false });
    const api = `${server}/t/${key()}/ok/api/430121`;
    const record = await outbox.submit('feedback', api, { kind: 'rating', target: {}, grade: 1 });
    expect(record.url).to.equal(`${api}/feedback`);
    expect((await outbox.submit('request', `${api}/`, {}, { id: 'r-1' })).url).to.equal(`${api}/requests`);
    await outbox.discard('r-1');
    const done = await outbox.wait(record.id);
    expect(done.state).to.equal('rejected');
    expect(done.attempts).to.equal(1);
    expect(done.rejection).to.deep.include({ status: 400, code: 'invalid-body' });
    expect(done.rejection!.issues![0]!.path).to.equal('reason');
    expect(done.body).to.deep.equal({ kind: 'rating', target: {}, grade: 1 });
    outbox.close();
  });

  it('retries a dropped connection and sends it when the network is back', async () => {
    const k = key();
    let offline = true;
    const outbox = new Outbox({
      store: new MemoryStore(),
      lock: false,
      channel: false,
      backoff: { initial: 60_000, max: 60_000 },
      fetch: (input, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)),
    });
    const failed = new Promise<void>((resolve) =>
      outbox.addEventListener('change', (event) => (event as CustomEvent<{ lastError?: string }>).detail.lastError && resolve()),
    );
    const record = await outbox.add('feedback', `${server}/t/${k}/ok/api/430121/feedback`, feedback());
    await failed;
    expect((await outbox.get(record.id))!.lastError).to.equal('network');
    offline = false;
    window.dispatchEvent(new Event('online'));
    expect((await outbox.wait(record.id)).state).to.equal('sent');
    outbox.close();
  });

  it('checks a receipt against its schema: one that does not read as a receipt is sent, not shown as a receipt, and not sent again', async () => {
    const answers: unknown[] = [{ id: 'FB1', receivedAt: '2026-11-29T10:00:00+08:00' }, { id: 42 }];
    let calls = 0;
    const outbox = new Outbox({
      store: new MemoryStore(),
      lock: false,
      channel: false,
      fetch: async () => new Response(JSON.stringify(answers[calls++]), { status: 201, headers: { 'content-type': 'application/json' } }),
    });
    const good = await outbox.wait((await outbox.submit('feedback', `${server}/api/430121`, feedback(1))).id);
    expect(good).to.deep.include({ state: 'sent', receipt: answers[0] });
    expect(good.receiptIssues).to.equal(undefined);
    const bad = await outbox.wait((await outbox.submit('feedback', `${server}/api/430121`, feedback(2))).id);
    expect(bad.state).to.equal('sent');
    expect(bad.receipt).to.equal(undefined);
    expect(bad.receiptIssues!.map((i) => i.path)).to.include.members(['id', 'receivedAt']);
    expect(calls, 'no retry: the server would give the same answer').to.equal(2);
    outbox.close();
  });

  it('gives an attempt up after its time limit and tries again later (a TimeoutError, as reads get)', async () => {
    let calls = 0;
    const outbox = new Outbox({
      store: new MemoryStore(),
      lock: false,
      channel: false,
      timeout: 50,
      backoff: { initial: 60_000, max: 60_000 },
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => {
          calls++;
          init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason));
        }),
    });
    const record = await outbox.add('feedback', `${server}/api/430121/feedback`, feedback(3));
    const retried = await new Promise<import('@gov-disclosure/sdk/outbox').OutboxRecord>((resolve) =>
      outbox.addEventListener('change', (e) => {
        const r = (e as CustomEvent).detail;
        if (r.id === record.id && r.lastError) resolve(r);
      }),
    );
    expect(retried).to.deep.include({ state: 'pending', lastError: 'timeout', attempts: 1 });
    expect(calls).to.equal(1);
    outbox.close();
  });

  it('lets one tab send: two outboxes on one database send each submission once', async () => {
    const k = key();
    const name = `two-tabs-${Date.now()}`;
    const a = new Outbox({ store: new IndexedDbStore(name), lock: name, channel: name, backoff: { initial: 50, max: 100 } });
    const b = new Outbox({ store: new IndexedDbStore(name), lock: name, channel: name, backoff: { initial: 50, max: 100 } });
    const records = [];
    for (let i = 0; i < 10; i++) records.push(await (i % 2 ? a : b).add('feedback', `${server}/t/${k}/ok/api/430121/feedback`, feedback(i)));
    await Promise.all(records.map((r) => a.wait(r.id)));
    const s = await stats(k);
    expect(s.hits['POST api/430121/feedback']).to.equal(10);
    expect(Object.keys(s.stored)).to.have.length(10);
    a.close();
    b.close();
  });
});
