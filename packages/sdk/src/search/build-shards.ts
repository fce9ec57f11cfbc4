/**
 * The posting shards of the search index, each carrying the records of its terms' first hits, so
 * that a query whose page those records cover is answered in one round trip (no record chunk).
 * Used by `buildSearch` (Node only).
 */
import { createHash } from 'node:crypto';
import { excerpt } from './excerpt.js';
import { GROUP_SPAN, INLINE_KEY, type EntryRecord, type ItemRecord } from './schema.js';
import { termHash } from './text.js';
import { BASIS, ELEMENTS, entryOrder, GENERIC, NAME, PARENT, TITLE } from './rank.js';
import { HEAD_SIZE, TAIL_FROM } from './tails.js';
import type { LastShards } from './build-memo.js';

/** Records each term carries: a page of items and a page of entries, each in its rank order. */
export const INLINE_PER_TERM = 20;

/** Item fields in the order a one-word query ranks them: name, place, elements, generic name, 依据/主体/时限 (rank.ts's FIELD_ORDER). */
const ITEM_FIELDS = [NAME, PARENT, ELEMENTS, GENERIC, BASIS];
/** Fields whose match is shown with a snippet of the element text. */
const SNIPPET_FIELDS = new Set([ELEMENTS, BASIS, GENERIC]);

/** Where an entry list is split: longer than `from`, it keeps its `head` newest entries. */
interface Tails {
  from: number;
  head: number;
}

export interface ShardDocs {
  items: Map<number, ItemRecord>;
  entries: Map<number, EntryRecord>;
}

export interface BuiltShards {
  shards: number;
  hashes: string;
  files: Map<string, string>;
  /** What the next build needs to keep the shards that do not change (see `SearchMemo`). */
  kept: LastShards;
}

/** Changed whenever a shard's content would change for the same postings, so that a memo's shards are not kept. */
const SHARDS_VERSION = 1;

/** A file's content digest (SHA-256, base64url): its name's hash is the digest's start. */
export function digestOf(content: string): string {
  return createHash('sha256').update(content).digest('base64url');
}

export function hash4(content: string): string {
  return digestOf(content).slice(0, 4);
}

/** A tail file's name: its content's hash, long enough that hundreds of tails never share one. */
function hash12(content: string): string {
  return digestOf(content).slice(0, 12);
}

/** The month (YYYYMM) of an ISO date. */
export function month(date: string): number {
  return Number(date.slice(0, 4)) * 100 + Number(date.slice(5, 7));
}

/** A group's run of an ascending list: `ids[start]` to `ids[end - 1]`, cut at `at` (the newest taken are from `at` on). */
interface Run {
  g: number;
  start: number;
  end: number;
  at: number;
  order: number;
}

/**
 * Takes the `k` newest entries of an ascending list, as a one-word query ranks them. A group
 * numbers its entries oldest first, so each group's run of the list is in rank order (rank.ts's
 * `entryOrder`): the newest are taken from the runs' ends, as in a merge. Answers the runs, each
 * cut where its part of the newest begins, and the newest, newest first.
 */
function takeNewest(ids: readonly number[], docs: ShardDocs, k: number): { runs: Run[]; newest: number[] } {
  const runs: Run[] = [];
  const orderAt = (run: Run) => {
    // Past the run's start (or on an id that is not an entry), the run has nothing more to give.
    while (run.at > run.start) {
      const id = ids[run.at - 1]!;
      const record = docs.entries.get(id);
      if (record) return entryOrder(month(record.d), run.g, id - run.g * GROUP_SPAN);
      run.at--;
    }
    return -Infinity;
  };
  for (let end = ids.length; end > 0;) {
    const g = Math.floor(ids[end - 1]! / GROUP_SPAN);
    // Where the group's run starts: the first id of the list at or above the group's first.
    let start = 0;
    for (let hi = end - 1; start < hi;) {
      const mid = (start + hi) >> 1;
      if (ids[mid]! >= g * GROUP_SPAN) hi = mid;
      else start = mid + 1;
    }
    const run = { g, start, end, at: end, order: 0 };
    run.order = orderAt(run);
    runs.unshift(run);
    end = start;
  }
  const newest: number[] = [];
  while (newest.length < k) {
    let best: Run | undefined;
    for (const run of runs) if (run.order > (best?.order ?? -Infinity)) best = run;
    if (!best) break;
    newest.push(ids[--best.at]!);
    best.order = orderAt(best);
  }
  return { runs, newest };
}

/** The `k` newest entries of an ascending list, newest first. */
const newest = (ids: readonly number[], docs: ShardDocs, k: number) => takeNewest(ids, docs, k).newest;

/**
 * A term's records: its first items (with the part of their element text around the term when
 * that is where it matched) and its newest entries, by key (`i<id>` or `e<id>`, base 36).
 */
function inlineOf(term: string, lists: number[][], docs: ShardDocs, k: number): Map<string, unknown> {
  const out = new Map<string, unknown>();
  let items = 0;
  for (const f of ITEM_FIELDS) {
    for (const id of lists[f] ?? []) {
      if (items >= k) break;
      const key = `i${id.toString(36)}`;
      if (out.has(key)) continue;
      const record = docs.items.get(id);
      if (!record) continue;
      items++;
      const { x, ...rest } = record;
      out.set(key, SNIPPET_FIELDS.has(f) && x ? { ...rest, x: excerpt(x, [term]) } : rest);
    }
  }
  for (const id of newest(lists[TITLE] ?? [], docs, k)) out.set(`e${id.toString(36)}`, docs.entries.get(id));
  return out;
}

/** Ascending ids as base-36 gaps joined by commas. */
function gaps(ids: number[]): string {
  let out = '';
  for (let i = 0; i < ids.length; i++) out += (i ? ',' : '') + (i ? ids[i]! - ids[i - 1]! : ids[i]!).toString(36);
  return out;
}

/**
 * A term's entry list split where it is long (see tails.ts): its `HEAD_SIZE` newest entries, in
 * id order, and the rest; or the whole list and no tail.
 */
function split(list: number[], docs: ShardDocs, tails: Tails): { head: number[]; tail: number[] | undefined } {
  if (list.length <= tails.from) return { head: list, tail: undefined };
  // The newest of each run are its last: the head is the runs' ends, the tail their beginnings (both stay ascending).
  const { runs } = takeNewest(list, docs, tails.head);
  return { head: runs.flatMap((run) => list.slice(run.at, run.end)), tail: runs.flatMap((run) => list.slice(run.start, run.at)) };
}

/**
 * Writes the posting shards: a power of two of them, so that the shard of a term is
 * `hash & (n - 1)`, as many as keep each near `shardBytes` with its records. A long entry list
 * keeps its head in the shard and names its tail, written to `search/t/<hash>.json`.
 */
export function buildShards(
  postings: Map<string, number[][]>,
  docs: ShardDocs,
  { shardBytes = 8192, tails = { from: TAIL_FROM, head: HEAD_SIZE } }: { shardBytes?: number | undefined; tails?: Tails | undefined } = {},
  perTerm = INLINE_PER_TERM,
  reuse?: { changed: Set<string> | 'all'; last: LastShards | undefined },
): BuiltShards {
  const salt = JSON.stringify([SHARDS_VERSION, shardBytes, tails, perTerm]);
  const last = reuse && reuse.changed !== 'all' && reuse.last?.salt === salt ? reuse.last : undefined;
  const changed = reuse?.changed instanceof Set ? reuse.changed : undefined;
  const terms = [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const inline = new Map<string, Map<string, unknown>>();
  const sizes = new Map<string, number>();
  const termBytes = new Map<string, number>();
  let bytes = 0;
  for (const [term, lists] of terms) {
    // A term that did not change weighs what it weighed.
    let weight = last && !changed!.has(term) ? last.termBytes.get(term) : undefined;
    if (weight === undefined) {
      weight = 0;
      for (const [f, list] of lists.entries()) weight += (f === TITLE && list.length > tails.from ? tails.head : list.length) * 3;
      const records = inlineOf(term, lists, docs, perTerm);
      inline.set(term, records);
      for (const [key, record] of records) {
        let size = sizes.get(key);
        if (size === undefined) sizes.set(key, (size = JSON.stringify(record).length));
        weight += size;
      }
    }
    termBytes.set(term, weight);
    bytes += weight;
  }
  let shards = 1;
  while (shards < 4096 && bytes / shards > shardBytes) shards *= 2;
  // The last build's shards are kept where there are as many and none of their terms changed.
  const kept = new Set<number>();
  if (last && last.count === shards) {
    const touched = new Set([...changed!].map((term) => termHash(term) & (shards - 1)));
    for (let n = 0; n < shards; n++) if (!touched.has(n) && last.shards[n]) kept.add(n);
  }
  const buckets = Array.from({ length: shards }, () => ({
    records: new Map<string, unknown>(),
    terms: {} as Record<string, string[]>,
    tails: [] as [string, string][],
  }));
  for (const [term, lists] of terms) {
    const n = termHash(term) & (shards - 1);
    if (kept.has(n)) continue;
    const bucket = buckets[n]!;
    const { head, tail } = split(lists[TITLE] ?? [], docs, tails);
    bucket.terms[term] = lists.map((list, f) => gaps(f === TITLE ? head : list));
    if (tail) {
      const content = JSON.stringify(gaps(tail));
      const name = hash12(content);
      bucket.tails.push([`search/t/${name}.json`, content]);
      bucket.terms[term].push(name);
    }
    for (const [key, record] of inline.get(term) ?? inlineOf(term, lists, docs, perTerm)) {
      const held = bucket.records.get(key) as { x?: string } | undefined;
      // An item kept for two words keeps the snippet one of them needs.
      if (!held || (!held.x && (record as { x?: string }).x)) bucket.records.set(key, record);
    }
  }
  const files = new Map<string, string>();
  const made: LastShards['shards'] = buckets.map((bucket, n) => {
    if (kept.has(n)) return last!.shards[n]!;
    const records = Object.fromEntries([...bucket.records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const content = JSON.stringify(bucket.records.size ? { [INLINE_KEY]: records, ...bucket.terms } : bucket.terms);
    return { hash: hash4(content), content, tails: bucket.tails };
  });
  let hashes = '';
  made.forEach((shard, n) => {
    hashes += shard.hash;
    files.set(`search/p/${n}.${shard.hash}.json`, shard.content);
    for (const [path, content] of shard.tails) files.set(path, content);
  });
  return { shards, hashes, files, kept: { salt, count: shards, termBytes, shards: made } };
}
