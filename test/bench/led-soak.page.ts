/**
 * A week in the life of an LED board, on a fake clock: a manifest and digest served by a stub
 * `fetch` with ETags (304 when unchanged), republished every morning, with a network outage of a
 * few hours twice a day. Records the DOM node count and the JS heap (after a collection) every
 * simulated day, what was on screen when the network was down, and how the requests went.
 */
import { install } from '@sinonjs/fake-timers';
import '../../packages/elements/src/components/led-board/gov-led-board.js';
import type { GovLedBoard } from '../../packages/elements/src/components/led-board/led-board.js';

declare global {
  interface Window {
    benchReady: boolean;
    soak(days: number): Promise<unknown>;
    gc?: () => void;
  }
}

const START = Date.parse('2026-11-23T06:00:00+08:00');
const clock = install({ now: START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
const HOUR = 3_600_000;

const stats = { requests: 0, notModified: 0, failed: 0, republished: 0 };
let version = 0;
let versionDay = -1;

function digest(v: number) {
  const day = new Date(clock.now + 8 * HOUR).toISOString().slice(0, 10);
  const areas = ['社会救助', '义务教育', '就业', '养老服务', '医疗卫生', '城乡规划'].map((name, i) => ({ id: `area-${i}`, name, entries: 100 + v * 3 + i }));
  const entries = Array.from({ length: 60 }, (_, i) => ({
    id: `e-${v}-${i}`,
    title: `第${v}版 第${i}号 关于做好2026年城乡居民最低生活保障工作的通知`,
    publishedAt: day,
    item: `area-${i % 6}:1`,
    area: `area-${i % 6}`,
  }));
  return {
    generatedAt: `${day}T00:00:00Z`,
    days: Array.from({ length: 31 }, (_, i) => ({ date: new Date(clock.now - (30 - i) * 86_400_000 + 8 * HOUR).toISOString().slice(0, 10), count: i })),
    areas,
    entries,
  };
}

const stubFetch: typeof fetch = async (input, init) => {
  stats.requests++;
  const hourOfDay = Math.floor(((clock.now - START) / HOUR) % 24);
  // Down from 09:00 to 11:00 and from 20:00 to 23:00 every day.
  if ((hourOfDay >= 3 && hourOfDay < 5) || (hourOfDay >= 14 && hourOfDay < 17)) {
    stats.failed++;
    throw new TypeError('Failed to fetch');
  }
  const today = Math.floor((clock.now - START) / 86_400_000);
  if (today !== versionDay) {
    versionDay = today;
    version++;
    stats.republished++;
  }
  const url = String(input);
  const etag = `"v${version}"`;
  const sent = new Headers(init?.headers).get('if-none-match');
  if (url.endsWith('manifest.json')) {
    if (sent === etag) {
      stats.notModified++;
      return new Response(null, { status: 304, headers: { etag } });
    }
    return Response.json({ jurisdiction: { code: '430121', name: '长沙县', level: 'county' }, latest: `latest.v${version}.json` }, { headers: { etag } });
  }
  const v = Number(/latest\.v(\d+)\.json$/.exec(url)?.[1] ?? version);
  if (sent === `"d${v}"`) {
    stats.notModified++;
    return new Response(null, { status: 304, headers: { etag: `"d${v}"` } });
  }
  return Response.json(digest(v), { headers: { etag: `"d${v}"` } });
};

const board = document.createElement('gov-led-board') as GovLedBoard;
board.style.cssText = 'display:block;width:1920px;height:1080px';
board.fetch = stubFetch;
// An area a minute, polling every minute: a week is 30,000 timer firings.
board.dwell = 60;
board.src = 'https://example.gov.cn/bundle/430121/manifest.json';
document.body.append(board);

async function sample(day: number) {
  // (No setTimeout here: the clock is fake.)
  await board.updateComplete;
  window.gc?.();
  window.gc?.();
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return { day, nodes: board.shadowRoot!.querySelectorAll('*').length + document.querySelectorAll('*').length, heap: memory?.usedJSHeapSize ?? 0 };
}

/** A real task (MessageChannel: no 4 ms clamp), for fetches and renders to settle between ticks. */
const settle = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Advances the fake clock a minute at a time, letting promises and renders settle in between. */
async function advance(ms: number) {
  for (let done = 0; done < ms; done += 60_000) {
    clock.tick(Math.min(60_000, ms - done));
    await settle();
    await settle();
    await board.updateComplete;
  }
}

window.soak = async (days: number) => {
  const samples = [];
  const screens = { staleShown: 0, blankOrError: 0 };
  await advance(1000);
  samples.push(await sample(0));
  for (let hour = 1; hour <= days * 24; hour++) {
    await advance(HOUR);
    const text = board.shadowRoot!.textContent ?? '';
    if (board.shadowRoot!.querySelector('.status.stale')) screens.staleShown++;
    if (!text.trim() || /Error|undefined|NaN|at \w+ \(/.test(text)) screens.blankOrError++;
    if (hour % 24 === 0) samples.push(await sample(hour / 24));
  }
  return { samples, screens, stats, title: board.shadowRoot!.querySelector('h1')?.textContent };
};
window.benchReady = true;
