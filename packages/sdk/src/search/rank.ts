/**
 * Ranking a query's matches, in flat typed arrays (40,000 matches of 公示 in a few milliseconds on
 * a phone): gathering the candidates of every word, scoring them, counting the facets, and the
 * first page by rank. Small functions over arrays, so that the engine optimises each loop.
 */
import type { QueryTerm } from './lexicon.js';
import { entryMonths, FIELD_COUNT, type Lists } from './postings.js';
import { GROUP_SPAN, SEARCH_KINDS, type SearchFilters, type SearchMeta } from './schema.js';

/** The fields a document can match in, best first. */
export const NAME = 0;
export const PARENT = 1;
export const ELEMENTS = 2;
export const TITLE = 3;
export const BASIS = 4;
export const GENERIC = 5;

/**
 * How results are ranked, as two numbers per document (larger first): `primary` packs more of the
 * query covered above less; an item's name or place above its elements above entry titles above
 * a generic item name (结果公示) above the laws and offices items cite; the whole query as a phrase
 * above scattered words; the better fields; the citizen's own words above synonyms. `secondary`
 * puts items in catalogue order and entries newest first (by month across areas, exactly within one).
 */
const FIELD_ORDER = [0, 1, 2, 3, 5, 4]; // by field: name, place, elements, title, basis, generic

/**
 * An entry's place among the entries of equal rank, larger first: by month (YYYYMM) across areas,
 * by number within one (entries are numbered oldest first).
 */
export const entryOrder = (month: number, g: number, local: number): number => month * 2 ** 32 + (4095 - g) * GROUP_SPAN + local;

/** The first `k` of `items` by `better`, in order: a bounded heap, not a sort of every match. */
export function topK(items: number[], k: number, better: (a: number, b: number) => boolean): number[] {
  if (k <= 0) return [];
  const heap: number[] = []; // the worst kept at the root
  const worse = (a: number, b: number) => better(b, a);
  const up = (at: number) => {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!worse(heap[at]!, heap[parent]!)) break;
      [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
      at = parent;
    }
  };
  const down = (at: number) => {
    for (;;) {
      const l = at * 2 + 1;
      const r = l + 1;
      let m = at;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === at) return;
      [heap[at], heap[m]] = [heap[m]!, heap[at]!];
      at = m;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      up(heap.length - 1);
    } else if (better(item, heap[0]!)) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

/**
 * The candidates, in flat arrays: per document its key (an entry's id as -1 - id) and, per query
 * word, the best field it matched in (-1: none) and whether in the citizen's own form; and whether
 * it holds the whole query as a phrase.
 */
export interface Candidates {
  n: number;
  /** Query words. */
  T: number;
  keys: Float64Array;
  fields: Int8Array;
  literal: Uint8Array;
  phrase: Uint8Array;
}

/**
 * Gathers the documents of every word's lists (`termLists[word][form]`) and the phrases', found
 * by an open-addressing hash of their keys (a Map costs ten times as much at 40,000 matches).
 */
export function collect(terms: readonly QueryTerm[], termLists: Lists[][], phraseLists: Lists[]): Candidates {
  let size = 1;
  for (const lists of [...termLists.flat(), ...phraseLists]) for (const list of lists) size += list.length;
  const T = terms.length;
  const keys = new Float64Array(size);
  const fields = new Int8Array(size * T).fill(-1);
  const literal = new Uint8Array(size * T);
  const phrase = new Uint8Array(size);
  let mask = 1;
  while (mask < size * 2) mask *= 2;
  const table = new Int32Array(mask).fill(-1);
  mask -= 1;
  let n = 0;
  const slot = (entry: boolean, id: number): number => {
    const key = entry ? -1 - id : id;
    for (let h = Math.imul(key | 0, 0x9e3779b1) & mask; ; h = (h + 1) & mask) {
      const at = table[h]!;
      if (at === -1) {
        table[h] = n;
        keys[n] = key;
        return n++;
      }
      if (keys[at] === key) return at;
    }
  };
  terms.forEach((term: QueryTerm, t) => {
    termLists[t]!.forEach((lists, v) => {
      for (let f = 0; f < FIELD_COUNT; f++) {
        // A single character is indexed in item names only.
        if (term.single && f !== NAME) continue;
        const list = lists[f]!;
        const entry = f === TITLE;
        for (let k = 0; k < list.length; k++) {
          const at = slot(entry, list[k]!) * T + t;
          const prev = fields[at]!;
          if (prev === -1 || FIELD_ORDER[f]! < FIELD_ORDER[prev]!) {
            fields[at] = f;
            literal[at] = v === 0 ? 1 : 0;
          } else if (f === prev && v === 0) literal[at] = 1;
        }
      }
    });
  });
  for (const lists of phraseLists) {
    for (let f = 0; f < FIELD_COUNT; f++) {
      for (const id of lists[f]!) {
        const i = slot(f === TITLE, id);
        phrase[i] = 1;
        for (let t = 0; t < T; t++) if (fields[i * T + t] === -1) fields[i * T + t] = f;
      }
    }
  }
  return { n, T, keys, fields, literal, phrase };
}

/** The `primary` sort key: words covered, rank class (see `Scores.rank`), phrase, the fields' order summed, the citizen's own forms. */
const primaryOf = (cover: number, rank: number, phrase: number, fieldSum: number, literals: number): number =>
  ((cover * 8 + (7 - rank)) * 2 + phrase) * 4096 + (4095 - fieldSum) * 64 + literals;

/**
 * The best `primary` an entry can score for a query: every required word (`single[t]` false) in
 * its title, as a phrase, in the citizen's own forms (see tails.ts).
 */
export const entryCeiling = (single: readonly boolean[]): number =>
  primaryOf(single.filter((s) => !s).length, 2, 1, single.length * FIELD_ORDER[TITLE]!, single.length);

/** Per candidate: how many required words it covers, its rank class, its two sort keys, its group and month. */
export interface Scores {
  covered: Uint8Array;
  /** 0 name or place, 1 elements, 2 entry title, 3 generic name, 4 other item text. */
  rank: Uint8Array;
  primary: Float64Array;
  secondary: Float64Array;
  groupOf: Int32Array;
  /** An entry's month (YYYYMM); 0 for an item. */
  monthOf: Int32Array;
  /** The most required words any candidate covers. */
  best: number;
}

/** Scores every candidate (see `FIELD_ORDER` for what ranks above what). `single[t]`: word `t` is not required. */
export function score(c: Candidates, single: readonly boolean[], meta: SearchMeta): Scores {
  const { n, T, keys, fields, literal, phrase } = c;
  const covered = new Uint8Array(n);
  const rank = new Uint8Array(n);
  const primary = new Float64Array(n);
  const secondary = new Float64Array(n);
  const groupOf = new Int32Array(n);
  const monthOf = new Int32Array(n);
  // Sized up front: a read past an array's end makes the engine throw its optimised loop away.
  const groupMonths: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(meta.groups.length).fill(undefined);
  let best = 0;
  for (let i = 0; i < n; i++) {
    let cover = 0;
    let fieldSum = 0;
    let literals = 0;
    let place = false;
    let named = false;
    let generic = false;
    for (let t = 0; t < T; t++) {
      const f = fields[i * T + t]!;
      if (f < 0) {
        fieldSum += FIELD_COUNT;
        continue;
      }
      if (!single[t]) cover++;
      fieldSum += FIELD_ORDER[f]!;
      literals += literal[i * T + t]!;
      place ||= f === NAME || f === PARENT;
      named ||= f === ELEMENTS;
      generic ||= f === GENERIC;
    }
    const key = keys[i]!;
    const entry = key < 0;
    const id = entry ? -1 - key : key;
    const g = (id / GROUP_SPAN) | 0;
    const local = id - g * GROUP_SPAN;
    groupOf[i] = g;
    if (T === 1 && cover > 0) phrase[i] = 1;
    covered[i] = cover;
    const r = entry ? 2 : place ? 0 : named ? 1 : generic ? 3 : 4;
    rank[i] = r;
    primary[i] = primaryOf(cover, r, phrase[i]!, fieldSum, literals);
    // Items in catalogue order; entries newest first (by month across areas, exactly within one).
    if (entry) {
      const months = (groupMonths[g] ??= entryMonths(meta, g));
      const month = local < months.length ? months[local]! : 0;
      monthOf[i] = month;
      secondary[i] = entryOrder(month, g, local);
    } else secondary[i] = -id;
    if (cover > best) best = cover;
  }
  return { covered, rank, primary, secondary, groupOf, monthOf, best };
}

/** The kind of a candidate, as an index into `SEARCH_KINDS`. */
export const kindIndex = (c: Candidates, s: Scores, i: number): number => (c.keys[i]! < 0 ? 2 : s.rank[i] === 0 || s.rank[i] === 3 ? 0 : 1);

/** The candidates a query shows (those that pass every filter) and the facets' counts. */
export interface Counted {
  shown: number[];
  area: Int32Array;
  kind: Int32Array;
  jurisdiction: Int32Array;
  year: Map<number, number>;
  /** Each facet's total under the other facets' filters. */
  all: { area: number; kind: number; year: number; jurisdiction: number };
}

/**
 * Filters the candidates covering at least `need` words, and counts the facets, each with the
 * other facets' filters applied, so that its counts add up to what choosing them shows.
 */
export function countFacets(c: Candidates, s: Scores, need: number, meta: SearchMeta, options: SearchFilters): Counted {
  const { covered, groupOf, monthOf } = s;
  const wantArea = options.area ? meta.areas.findIndex((a) => a.id === options.area) : -1;
  const wantKind = options.kind ? SEARCH_KINDS.indexOf(options.kind) : -1;
  const wantYear = options.year ? Number(options.year) : -1;
  const wantJurisdiction = options.jurisdiction ? meta.jurisdictions.findIndex((j) => j.code === options.jurisdiction) : -1;
  const areaOfGroup = Int32Array.from(meta.groups, (g) => g.a);
  const jurisdictionOfGroup = Int32Array.from(meta.groups, (g) => g.j);
  const areaCounts = new Int32Array(meta.areas.length);
  const kindCounts = new Int32Array(SEARCH_KINDS.length);
  const jurisdictionCounts = new Int32Array(meta.jurisdictions.length);
  const yearCounts = new Map<number, number>();
  let allArea = 0;
  let allKind = 0;
  let allYear = 0;
  let allJurisdiction = 0;
  const shown: number[] = [];
  for (let i = 0; i < c.n; i++) {
    if (covered[i]! < need) continue;
    const g = groupOf[i]!;
    const area = areaOfGroup[g]!;
    const jurisdiction = jurisdictionOfGroup[g]!;
    const kind = kindIndex(c, s, i);
    const year = (monthOf[i]! / 100) | 0;
    const failArea = options.area ? +(area !== wantArea) : 0;
    const failKind = options.kind ? +(kind !== wantKind) : 0;
    const failYear = options.year ? +(year !== wantYear) : 0;
    const failJurisdiction = options.jurisdiction ? +(jurisdiction !== wantJurisdiction) : 0;
    const failing = failArea + failKind + failYear + failJurisdiction;
    if (!failing) shown.push(i);
    // Counted for a facet when every other facet's filter holds.
    if (failing === failArea) {
      allArea++;
      areaCounts[area]!++;
    }
    if (failing === failKind) {
      allKind++;
      kindCounts[kind]!++;
    }
    if (failing === failYear) {
      allYear++;
      if (year) yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1);
    }
    if (failing === failJurisdiction) {
      allJurisdiction++;
      jurisdictionCounts[jurisdiction]!++;
    }
  }
  return {
    shown,
    area: areaCounts,
    kind: kindCounts,
    jurisdiction: jurisdictionCounts,
    year: yearCounts,
    all: { area: allArea, kind: allKind, year: allYear, jurisdiction: allJurisdiction },
  };
}
