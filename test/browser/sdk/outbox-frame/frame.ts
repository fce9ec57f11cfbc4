import { IndexedDbStore, Outbox } from '@gov-disclosure/sdk/outbox';

const params = new URLSearchParams(location.search);
const name = params.get('name')!;
const api = params.get('api')!;
// `drop-on-500` behaves as Workbox's background sync does: any HTTP answer ends the attempt.
const dropOn500 = params.get('policy') === 'drop-on-500';

const outbox = new Outbox({
  store: new IndexedDbStore(name),
  lock: name,
  channel: name,
  timeout: 1_500,
  backoff: { initial: 100, max: 1_500 },
  concurrency: 4,
  ...(dropOn500 ? { isRetryable: () => false } : {}),
});

const page = window as unknown as {
  outboxReady: boolean;
  queue(from: number, to: number): Promise<void>;
  summary(): Promise<{ pending: number; sent: number; rejected: number; receipts: number }>;
};

page.queue = async (from, to) => {
  for (let n = from; n < to; n++) {
    await outbox.add('feedback', `${api}/430121/feedback`, { kind: 'page', target: { jurisdiction: '430121', pageUrl: `/chaos/${n}` }, useful: n % 2 === 0 });
  }
};

page.summary = async () => {
  const records = await outbox.records();
  const count = (state: string) => records.filter((r) => r.state === state).length;
  const receipts = new Set(records.filter((r) => r.state === 'sent').map((r) => (r.receipt as { id: string }).id)).size;
  return { pending: count('pending'), sent: count('sent'), rejected: count('rejected'), receipts };
};
page.outboxReady = true;
