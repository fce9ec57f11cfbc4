/**
 * The report of test/bench/search-phone.ts: times and sizes as printed, the median run, what a query
 * fetched grouped by kind of file, its requests as waves of round trips, and one line per side.
 */
import { extname } from 'node:path';
import type { Window } from './search-phone-network.js';
import { LATER_QUERIES, type Measured } from './search-phone-session.js';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (t: number) => (t >= 10_000 ? `${(t / 1000).toFixed(1)} s` : `${Math.round(t)} ms`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The run with the median time (a failed run counts as the slowest). */
export const pick = (runs: Measured[]) => {
  const time = (m: Measured) => (m.error ? Infinity : m.ms);
  const t = median(runs.map(time));
  return runs.find((m) => time(m) === t)!;
};

/** What was fetched, grouped by kind of file: `search/shard-*.json 3 × 12.0 KB`. */
export function breakdown(net: Window): string {
  const groups = new Map<string, { n: number; bytes: number }>();
  for (const r of net.requests) {
    const path = new URL(r.path, 'http://x').pathname
      .replace(/^\/(bundle|bundle-scale|pagefind-\w+|cdn)\//, '')
      .replace(/^\d{6}\//, '')
      .replace(/([.-])[0-9a-zA-Z_]{8,16}(?=\.[\w]+$)/, '$1*')
      .replace(/_[0-9a-f]{7,}(?=\.pf_)/, '_*');
    // Files in a folder of their own kind (search/p/, fragment/…) together; the code chunks by name.
    const slash = path.lastIndexOf('/');
    const key = slash > 0 && !path.startsWith('chunks/') ? `${path.slice(0, slash)}/*${extname(path)}` : path;
    const g = groups.get(key) ?? { n: 0, bytes: 0 };
    g.n++;
    g.bytes += r.bytes;
    groups.set(key, g);
  }
  return [...groups]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([k, g]) => `${k}${g.n > 1 ? ` ${g.n}×` : ''} ${kb(g.bytes)}`)
    .join(', ');
}

/** The requests as waves (arrivals within 50 ms of each other): how many round trips a query waits for. */
export function waves(net: Window): string {
  const sorted = [...net.requests].sort((a, b) => a.at - b.at);
  const out: { at: number; n: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.at - last.at < 50) last.n++;
    else out.push({ at: r.at, n: 1 });
  }
  const detail = process.env.GOV_BENCH_REQUESTS
    ? sorted.map((r) => `\n        ${Math.round(r.at)}–${Math.round(r.done)} ms ${r.path} (${r.bytes} B)`).join('')
    : '';
  return `${out.length} waves of requests, at ${out.map((w) => `${Math.round(w.at)} ms (${w.n})`).join(', ')}${detail}`;
}

export function line(who: string, m: Measured): string {
  if (m.error) return `${who}: FAILED (${m.error}) after ${kb(m.net.wire)} in ${m.net.requests.length} requests`;
  const shown = m.total !== undefined ? `${m.hits} shown of ${m.total}` : `${m.hits} hits shown`;
  const busy = m.busy ? `; main thread: script ${ms(m.busy.script)}, all tasks ${ms(m.busy.task)}` : '';
  return `${who}: ${ms(m.ms)}${counted(m)} (last byte sent at ${ms(m.net.lastByte)}${busy}), ${kb(m.net.wire)} on the wire (${kb(m.net.body)} bodies) in ${m.net.requests.length} requests; ${shown}`;
}

/** When the total and facets of a page shown while its hits were counted came. */
const counted = (m: Measured): string => (m.countedMs ? ` (counted at ${ms(m.countedMs)})` : '');

export function laterLine(who: string, later: Measured[]): { median: number; max: number; text: string } {
  const times = later.map((m) => (m.error ? Infinity : m.ms));
  const bytes = later.reduce((sum, m) => sum + m.net.wire, 0);
  const requests = later.reduce((sum, m) => sum + m.net.requests.length, 0);
  return {
    median: median(times),
    max: Math.max(...times),
    text: `${who}: ${later
      .filter((m) => m.error)
      .map((m) => `FAILED: ${m.error}; `)
      .join(
        '',
      )}median ${ms(median(times))}, max ${ms(Math.max(...times))} (${later.map((m, i) => `${LATER_QUERIES[i]} ${m.error ? 'FAILED' : ms(m.ms)}${counted(m)}`).join(', ')}); ${kb(bytes)} in ${requests} requests for all ${later.length}`,
  };
}
