/**
 * Posting lists: decoding the base-36 gaps of a shard, intersecting lists, the documents holding a
 * word in each field, and the month of an entry from its group's month table.
 */
import type { SearchMeta } from './schema.js';

/** The fields a term is posted in (see `FIELDS` of the builder). */
export const FIELD_COUNT = 6;

export type Lists = Uint32Array[];
const EMPTY = new Uint32Array(0);

/** A posting list from its base-36 gaps ("0,a,1z"): ascending document ids. Parsed by hand: a long list is read per query. */
export function decode(gaps: string): Uint32Array {
  if (!gaps) return EMPTY;
  let count = 1;
  for (let i = 0; i < gaps.length; i++) if (gaps.charCodeAt(i) === 44) count++;
  const out = new Uint32Array(count);
  let id = 0;
  let value = 0;
  let k = 0;
  for (let i = 0; i < gaps.length; i++) {
    const c = gaps.charCodeAt(i);
    if (c === 44) {
      out[k++] = id += value;
      value = 0;
    } else value = value * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  out[k] = id + value;
  return out;
}

/** The union of ascending lists. */
export function union(lists: Uint32Array[]): Uint32Array {
  const present = lists.filter((l) => l.length);
  if (present.length <= 1) return present[0] ?? EMPTY;
  const all = new Uint32Array(present.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of present) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (!n || all[i] !== all[n - 1]) all[n++] = all[i]!;
  return all.subarray(0, n);
}

/**
 * The documents in both sorted lists. Walks both in step when they are of a size; when one is
 * much longer (a rare bigram against 生活), looks each of the short one's up in the long one by
 * galloping, so that the cost follows the short list.
 */
export function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Uint32Array(a.length);
  let n = 0;
  if (b.length > 16 * a.length) {
    let lo = 0;
    for (let i = 0; i < a.length && lo < b.length; i++) {
      const x = a[i]!;
      // Gallop to a range that holds x, then halve it.
      let step = 1;
      let hi = lo;
      while (hi < b.length && b[hi]! < x) {
        lo = hi + 1;
        hi += step;
        step *= 2;
      }
      hi = Math.min(hi, b.length - 1);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (b[mid]! < x) lo = mid + 1;
        else hi = mid;
      }
      if (b[lo] === x) out[n++] = x;
    }
    return out.subarray(0, n);
  }
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      out[n++] = a[i]!;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out.subarray(0, n);
}

/** The documents in every list, the shortest lists first (so each step is as short as can be). */
function intersectAll(lists: Uint32Array[]): Uint32Array {
  lists.sort((x, y) => x.length - y.length);
  let docs = lists[0] ?? EMPTY;
  for (let i = 1; i < lists.length && docs.length; i++) docs = intersect(docs, lists[i]!);
  return docs;
}

const monthCache = new WeakMap<SearchMeta, (Int32Array | undefined)[]>();

/**
 * The month (YYYYMM) of every entry of group `g`, from the group's counts per month: built once per
 * group a query touches, so that ranking 40,000 entries looks each month up, not searches for it.
 */
export function entryMonths(meta: SearchMeta, g: number): Int32Array {
  let groups = monthCache.get(meta);
  if (!groups) monthCache.set(meta, (groups = []));
  let months = groups[g];
  if (!months) {
    const group = meta.groups[g]!;
    months = new Int32Array(group.entries);
    let y = Math.floor(group.from / 100);
    let m = group.from % 100;
    let at = 0;
    let month = group.from;
    for (const n of group.months ? group.months.split(',') : []) {
      month = y * 100 + m;
      const end = Math.min(months.length, at + parseInt(n, 36));
      months.fill(month, at, end);
      at = end;
      if (++m > 12) {
        m = 1;
        y++;
      }
    }
    // Entries past the counts (an index older than its records) take the last month counted.
    months.fill(month, at);
    groups[g] = months;
  }
  return months;
}

/** Documents holding all of a word's keys (text.ts's `keysOf`), per field. */
export function wordLists(terms: readonly string[], postings: Map<string, Lists>): Lists {
  const out: Uint32Array[] = [];
  for (let f = 0; f < FIELD_COUNT; f++) out.push(intersectAll(terms.map((term) => postings.get(term)?.[f] ?? EMPTY)));
  return out;
}

/**
 * Items holding every key of a word in their name, place or generic name taken together: a
 * phrase that runs from a parent's name into the item's own (最低生活保障 › 办事指南).
 */
export function placeList(keys: readonly string[], postings: Map<string, Lists>, fields: readonly number[]): Uint32Array {
  return intersectAll(
    keys.map((term) => {
      const lists = postings.get(term);
      return lists ? union(fields.map((f) => lists[f] ?? EMPTY)) : EMPTY;
    }),
  );
}
