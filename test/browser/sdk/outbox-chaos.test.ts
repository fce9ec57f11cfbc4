/**
 * The outbox against the real reference server behind a chaos proxy (test/support/chaos.ts):
 * the server is killed and restarted, answers 500 and 503, times out and drops connections, at
 * random, while the page queueing submissions is reloaded mid-queue. Every submission must be
 * stored exactly once. The same run with an outbox that gives up on an HTTP 500 (as Workbox's
 * background sync does) loses submissions, which shows that the test can fail.
 */
import { expect } from '@open-wc/testing';
import { until } from '../../support/elements.js';

const server = window.TEST_SERVER;

interface Frame extends Window {
  outboxReady?: boolean;
  queue(from: number, to: number): Promise<void>;
  summary(): Promise<{ pending: number; sent: number; rejected: number; receipts: number }>;
}

async function load(frame: HTMLIFrameElement, src?: string): Promise<Frame> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (src) frame.src = src;
  else frame.contentWindow!.location.reload();
  await loaded;
  const win = frame.contentWindow as Frame;
  await until(() => win.outboxReady === true, 20_000);
  return win;
}

/** Queues `total` submissions, reloads the page after `reloadAfter` are sent, and waits until nothing is pending. */
async function chaosRun(total: number, reloadAfter: number, policy: string) {
  const started = await (await fetch(`${server}/chaos/start?seed=${total}`, { method: 'POST' })).json();
  const name = `chaos-${policy}-${Date.now()}`;
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const src = `/test/browser/sdk/outbox-frame/index.html?name=${name}&policy=${policy}&api=${encodeURIComponent(server + started.api)}`;
  let win = await load(frame, src);
  const half = Math.floor(total / 2);
  await win.queue(0, half);
  await until(
    async () => {
      const { sent, rejected } = await win.summary();
      return sent + rejected >= reloadAfter;
    },
    120_000,
    'the first part sent',
    50,
  );
  // Reload mid-queue: requests in flight are cut off; the new page must pick up where it was.
  win = await load(frame);
  await win.queue(half, total);
  await until(async () => (await win.summary()).pending === 0, 150_000, 'nothing pending', 250);
  const summary = await win.summary();
  const count = await (await fetch(`${server}/chaos/count`)).json();
  await fetch(`${server}/chaos/stop`, { method: 'POST' });
  frame.remove();
  return { summary, count };
}

describe('the outbox under chaos', function () {
  this.timeout(300_000);

  it('stores 1,000 submissions exactly once through kills, 500s, 503s, timeouts, drops and a reload', async () => {
    const { summary, count } = await chaosRun(1_000, 300, 'retry');
    console.log(`chaos: ${JSON.stringify(count)} outbox: ${JSON.stringify(summary)}`);
    expect(count.faults.kill ?? 0, 'the server was killed').to.be.greaterThan(0);
    expect(count.faults['500-after'] ?? 0, 'answers were lost after the write').to.be.greaterThan(0);
    expect(summary).to.deep.equal({ pending: 0, sent: 1_000, rejected: 0, receipts: 1_000 });
    expect(count.rows, 'rows in the database').to.equal(1_000);
    expect(count.unique, 'distinct submissions').to.equal(1_000);
  });

  it('the same test fails for an outbox that drops a submission on HTTP 500', async () => {
    const { summary, count } = await chaosRun(200, 60, 'drop-on-500');
    console.log(`drop-on-500: ${JSON.stringify(count)} outbox: ${JSON.stringify(summary)}`);
    expect(summary.rejected).to.be.greaterThan(0);
    expect(count.rows, 'submissions were lost').to.be.lessThan(200);
  });
});
