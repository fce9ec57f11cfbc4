/**
 * Long entry lists in two parts. The entries whose titles hold a common word (资金 in 20,000 of
 * 200,000) would make each query of it download the whole list before showing a single hit. The
 * builder keeps the `HEAD_SIZE` newest of a long list in the posting shard, and writes the rest
 * to a tail file (`search/t/<hash>.json`) that the shard names as its term's seventh list.
 *
 * A query ranks its candidates from the heads first. Every entry a tail could add, or rank
 * higher, is older than its head's oldest (the `cutoff`); so where each hit of the page ranks
 * above the best such an entry could be, the page is decided by the heads alone and is shown at
 * once. The total and the facets follow when the tails are in.
 */
import { entryMonths, type Lists } from './postings.js';
import { entryOrder, TITLE } from './rank.js';
import { GROUP_SPAN, type SearchMeta } from './schema.js';

/** Entry lists longer than this are split. */
export const TAIL_FROM = 1024;
/** Newest entries a split list keeps in its shard. */
export const HEAD_SIZE = 512;

/** The union of two ascending lists, in one pass. */
export function merge(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    out[n++] = x <= y ? x : y;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return out.subarray(0, n);
}

/** The order (rank.ts's `entryOrder`) of a head's oldest entry: every entry of its tail is older. */
export function cutoff(meta: SearchMeta, lists: Lists): number {
  let lowest = Infinity;
  for (const id of lists[TITLE] ?? []) {
    const g = (id / GROUP_SPAN) | 0;
    const local = id - g * GROUP_SPAN;
    const months = entryMonths(meta, g);
    const order = entryOrder(local < months.length ? months[local]! : 0, g, local);
    if (order < lowest) lowest = order;
  }
  return lowest;
}

/**
 * Whether the heads decide a page: it is full, and its last hit ranks above an entry with the best
 * score an entry can have for this query (`ceiling`) and newer than every cutoff (the newest of them).
 */
export function decided(page: readonly number[], want: number, primary: Float64Array, secondary: Float64Array, ceiling: number, newest: number): boolean {
  if (!want || page.length < want) return false;
  const last = page[page.length - 1]!;
  return primary[last]! > ceiling || (primary[last] === ceiling && secondary[last]! >= newest);
}
