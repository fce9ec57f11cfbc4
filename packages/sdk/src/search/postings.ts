/**
 * Posting lists: decoding the base-36 gaps of a shard, intersecting lists, the documents holding a
 * word in each field, and the month of an entry from its group's month table.
 */
import type { SearchMeta } from './schema.js';
import { termsOf } from './text.js';

/** The fields a term is posted in (see `FIELDS` of the builder). */
export const FIELD_COUNT = 5;

export type Lists = Uint32Array[];
const EMPTY = new Uint32Array(0);

/** A posting list from its base-36 gaps ("0,a,1z"): ascending document ids. */
export function decode(gaps: string): Uint32Array {
  if (!gaps) return EMPTY;
  const parts = gaps.split(',');
  const out = new Uint32Array(parts.length);
  let id = 0;
  for (let i = 0; i < parts.length; i++) out[i] = id += parseInt(parts[i]!, 36);
  return out;
}

function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      out[n++] = a[i]!;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out.subarray(0, n);
}

/** The months of each group, decoded once per meta: for every group, the first local id of each month. */
const monthTables = new WeakMap<SearchMeta, { from: number; starts: number[] }[]>();
function months(meta: SearchMeta) {
  let table = monthTables.get(meta);
  if (!table) {
    table = meta.groups.map((g) => {
      const starts: number[] = [];
      let at = 0;
      for (const n of g.months ? g.months.split(',') : []) {
        starts.push(at);
        at += parseInt(n, 36);
      }
      return { from: g.from, starts };
    });
    monthTables.set(meta, table);
  }
  return table;
}

/** The month (YYYYMM) of entry `local` of group `g`. */
export function monthOf(meta: SearchMeta, g: number, local: number): number {
  const { from, starts } = months(meta)[g]!;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= local) lo = mid;
    else hi = mid - 1;
  }
  const y = Math.floor(from / 100);
  const m = (from % 100) - 1 + lo;
  return (y + Math.floor(m / 12)) * 100 + (m % 12) + 1;
}

/** Documents matching all of a word's terms, per field. */
export function wordLists(word: string, postings: Map<string, Lists>): Lists {
  const terms = termsOf(word);
  const out: Uint32Array[] = [];
  for (let f = 0; f < FIELD_COUNT; f++) {
    let docs: Uint32Array | undefined;
    for (const term of terms) {
      const list = postings.get(term)?.[f] ?? EMPTY;
      docs = docs ? intersect(docs, list) : list;
      if (!docs.length) break;
    }
    out.push(docs ?? EMPTY);
  }
  return out;
}

