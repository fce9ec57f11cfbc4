/**
 * The search engine over a sharded index: reads a query, fetches the posting shards of its terms,
 * ranks every matching document, counts facets, and fetches the records of the page it shows.
 * It reads files through a loader, so the browser (over HTTP), the server and the CLI (from disk)
 * rank with the same code.
 */
import { prepareLexicon, understand, warmSegmenter, type PreparedLexicon, type QueryTerm } from './lexicon.js';
import type * as z from 'zod/mini';
import {
  EntryRecord,
  GROUP_SPAN,
  ItemRecord,
  PostingLists,
  SEARCH_KINDS,
  type FacetCount,
  type Lexicon,
  type PostingShard,
  type SearchFilters,
  type SearchHit,
  type SearchMeta,
  type SearchResults,
} from './schema.js';
import { normalise, termHash, termsOf } from './text.js';
import { decode, FIELD_COUNT, monthOf, monthTable, placeList, wordLists, type Lists } from './postings.js';

/** How the engine reads the index's files. */
export interface IndexReader {
  meta: SearchMeta;
  lexicon: Lexicon | undefined;
  /** Posting shard `n`. */
  shard(n: number): Promise<PostingShard>;
  /** A record chunk of group `g` (each record is checked as it is used). */
  items(g: number, chunk: number): Promise<unknown[]>;
  entries(g: number, chunk: number): Promise<unknown[]>;
}

export interface SearchOptions extends SearchFilters {
  /** Hits per page. Default 20; 0 counts only. */
  limit?: number;
  offset?: number;
  /** Do not look for suggestions when nothing matches (checking a suggestion). */
  noSuggestions?: boolean;
}

/** The fields a document can match in, best first. */
const NAME = 0;
const PARENT = 1;
const ELEMENTS = 2;
const TITLE = 3;
const GENERIC = 5;

/**
 * How results are ranked, as two numbers per document (larger first): `primary` packs more of the
 * query covered above less; an item's name or place above its elements above entry titles above
 * a generic item name (结果公示) above the laws and offices items cite; the whole query as a phrase
 * above scattered words; the better fields; the citizen's own words above synonyms. `secondary`
 * puts items in catalogue order and entries newest first (by month across areas, exactly within one).
 */
const FIELD_ORDER = [0, 1, 2, 3, 5, 4]; // by field: name, place, elements, title, basis, generic

/** The first `k` of `items` by `better`, in order: a bounded heap, not a sort of every match. */
function topK(items: number[], k: number, better: (a: number, b: number) => boolean): number[] {
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

/** The part of a long text around the first of the words, with ellipses. */
export function excerpt(text: string, words: readonly string[], size = 40): string {
  const folded = normalise(text);
  const at =
    words
      .map((w) => folded.indexOf(w))
      .filter((i) => i >= 0)
      .sort((x, y) => x - y)[0] ?? -1;
  if (text.length <= size) return text;
  const start = at < 0 ? 0 : Math.max(0, at - 12);
  return `${start ? '…' : ''}${text.slice(start, start + size)}${start + size < text.length ? '…' : ''}`;
}

const decodedShards = new WeakMap<PostingShard, Map<string, Lists>>();

/** Searches a sharded index. */
export async function runSearch(reader: IndexReader, query: string, options: SearchOptions = {}): Promise<SearchResults> {
  const { meta } = reader;
  // 0 counts without fetching any record (how suggestions are checked).
  const limit = Math.max(0, Math.min(100, options.limit ?? 20));
  const offset = Math.max(0, options.offset ?? 0);
  const lexicon: PreparedLexicon = prepareLexicon(reader.lexicon);
  const { terms, phrases } = understand(query, lexicon);
  if (!terms.length) return { query, total: 0, offset, hits: [] };

  // Every term of every form of every word, and of the phrases; each shard fetched once.
  const needed = new Set<string>();
  for (const t of terms) for (const v of t.lookup) for (const term of termsOf(v)) needed.add(term);
  for (const p of phrases) for (const term of termsOf(p)) needed.add(term);
  const shardOf = (term: string) => termHash(term) & (meta.shards - 1);
  const shardNumbers = [...new Set([...needed].map(shardOf))];
  const shards = new Map(await Promise.all(shardNumbers.map(async (n) => [n, await reader.shard(n)] as const)));
  const postings = new Map<string, Lists>();
  for (const term of needed) {
    const shard = shards.get(shardOf(term));
    const raw = shard?.[term];
    if (!shard || !raw) continue;
    // Decoded once per shard (the client keeps the shard): a later query of the same word decodes nothing.
    let decoded = decodedShards.get(shard);
    if (!decoded) decodedShards.set(shard, (decoded = new Map()));
    let lists = decoded.get(term);
    if (!lists) {
      // A malformed term is left out (and said in the console), not the whole query.
      const checked = checkedOr(PostingLists, raw, `search/p/${shardOf(term)}[${term}]`);
      if (!checked) continue;
      decoded.set(term, (lists = checked.map(decode)));
    }
    postings.set(term, lists);
  }

  // Every list first: then all candidates fit arrays sized once.
  const termLists = terms.map((term) => term.lookup.map((variant) => wordLists(variant, postings)));
  const phraseLists = phrases.map((p) => {
    // The phrase holds every word, single characters too: in one field, or in an item's place.
    const lists = wordLists(p, postings);
    lists[PARENT] = placeList(p, postings, [NAME, PARENT, GENERIC]);
    return lists;
  });
  let size = 1;
  for (const lists of [...termLists.flat(), ...phraseLists]) for (const list of lists) size += list.length;

  // The candidates, in flat arrays: per document its key (an entry's id as -1 - id) and, per query
  // word, the best field it matched in (-1: none) and whether in the citizen's own form. Found by
  // an open-addressing hash of their keys (a Map costs ten times as much at 40,000 matches).
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

  // Every word is required but single characters; where no document has them all, the best partial.
  const allSingle = terms.every((t) => t.single);
  const required = allSingle ? T : terms.filter((t) => !t.single).length;
  const months = monthTable(meta);
  const single = terms.map((t) => t.single && !allSingle);
  const covered = new Uint8Array(n);
  const rank = new Uint8Array(n);
  const primary = new Float64Array(n);
  const secondary = new Float64Array(n);
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
    if (T === 1 && cover > 0) phrase[i] = 1;
    covered[i] = cover;
    rank[i] = entry ? 2 : place ? 0 : named ? 1 : generic ? 3 : 4;
    primary[i] = ((cover * 8 + (7 - rank[i]!)) * 2 + phrase[i]!) * 4096 + (4095 - fieldSum) * 64 + literals;
    // Items in catalogue order; entries newest first (by month across areas, exactly within one).
    secondary[i] = entry
      ? monthOf(months, Math.floor(id / GROUP_SPAN), id % GROUP_SPAN) * 2 ** 32 + (4095 - Math.floor(id / GROUP_SPAN)) * GROUP_SPAN + (id % GROUP_SPAN)
      : -id;
    best = Math.max(best, cover);
  }
  const partial = best > 0 && best < required;

  // Facets: each counted with the other facets' filters applied, so that its counts add up.
  // Per document: area, kind, year and jurisdiction as small numbers; no allocation per match.
  const KINDS = SEARCH_KINDS.length;
  const kindIndex = (i: number) => (keys[i]! < 0 ? 2 : rank[i] === 0 || rank[i] === 3 ? 0 : 1);
  const groupIndex = (i: number) => Math.floor((keys[i]! < 0 ? -1 - keys[i]! : keys[i]!) / GROUP_SPAN);
  const yearOf = (i: number) => (keys[i]! < 0 ? Math.floor(secondary[i]! / 2 ** 32 / 100) : 0);
  const wantArea = options.area ? meta.areas.findIndex((a) => a.id === options.area) : -1;
  const wantKind = options.kind ? SEARCH_KINDS.indexOf(options.kind) : -1;
  const wantYear = options.year ? Number(options.year) : -1;
  const wantJurisdiction = options.jurisdiction ? meta.jurisdictions.findIndex((j) => j.code === options.jurisdiction) : -1;
  const areaCounts = new Int32Array(meta.areas.length);
  const kindCounts = new Int32Array(KINDS);
  const jurisdictionCounts = new Int32Array(meta.jurisdictions.length);
  const yearCounts = new Map<number, number>();
  const all = [0, 0, 0, 0];
  const shown: number[] = [];
  for (let i = 0; i < n; i++) {
    if (partial ? covered[i] === 0 : covered[i]! < required) continue;
    const group = meta.groups[groupIndex(i)]!;
    const kind = kindIndex(i);
    const year = yearOf(i);
    const failArea = options.area ? group.a !== wantArea : false;
    const failKind = options.kind ? kind !== wantKind : false;
    const failYear = options.year ? year !== wantYear : false;
    const failJurisdiction = options.jurisdiction ? group.j !== wantJurisdiction : false;
    const failing = +failArea + +failKind + +failYear + +failJurisdiction;
    if (!failing) shown.push(i);
    // Counted for a facet when every other facet's filter holds.
    if (failing - +failArea === 0) {
      all[0]!++;
      areaCounts[group.a]!++;
    }
    if (failing - +failKind === 0) {
      all[1]!++;
      kindCounts[kind]!++;
    }
    if (failing - +failYear === 0) {
      all[2]!++;
      if (year) yearCounts.set(year, (yearCounts.get(year) ?? 0) + 1);
    }
    if (failing - +failJurisdiction === 0) {
      all[3]!++;
      jurisdictionCounts[group.j]!++;
    }
  }
  const kindOf = (i: number): SearchHit['kind'] => SEARCH_KINDS[kindIndex(i)]!;
  const better = (a: number, b: number) => primary[a]! > primary[b]! || (primary[a] === primary[b] && secondary[a]! > secondary[b]!);
  const page = topK(shown, offset + limit, better).slice(offset);

  const highlight = [...new Set(terms.flatMap((t) => t.variants).concat(phrases))].sort((a, b) => b.length - a.length);
  // A hit whose record is malformed is left off the page (and said in the console); the rest stand.
  const found = await Promise.all(page.map((i) => hitOf(reader, keys[i]!, kindOf(i), highlight)));
  const hits = found.filter((hit): hit is SearchHit => !!hit);
  const shownPage = page.filter((_, k) => found[k]);
  // The index knows an entry's month; its record, the day: equally ranked entries of one month
  // in different areas are put newest first on the page.
  const order = shownPage.map((i, k) => k);
  order.sort(
    (a, b) =>
      primary[shownPage[b]!]! - primary[shownPage[a]!]! ||
      (hits[a]!.date && hits[b]!.date && hits[a]!.date!.slice(0, 7) === hits[b]!.date!.slice(0, 7)
        ? hits[a]!.date! < hits[b]!.date!
          ? 1
          : hits[a]!.date! > hits[b]!.date!
            ? -1
            : 0
        : 0) ||
      a - b,
  );
  const sortedHits = order.map((k) => hits[k]!);
  const counted = <T>(list: readonly T[], counts: Int32Array, facet: (item: T) => FacetCount) =>
    list
      .map((item, k) => ({ ...facet(item), count: counts[k]! }))
      .filter((f) => f.count > 0)
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  const results: SearchResults = {
    query,
    total: shown.length,
    offset,
    hits: sortedHits,
    terms: highlight,
    facets: {
      area: counted(meta.areas, areaCounts, (a) => ({ value: a.id, label: a.name, count: 0 })),
      kind: SEARCH_KINDS.map((value, k) => ({ value, count: kindCounts[k]! })).filter((f) => f.count > 0),
      year: [...yearCounts].sort((a, b) => b[0] - a[0]).map(([year, count]) => ({ value: String(year), count })),
      ...(meta.jurisdictions.length > 1
        ? { jurisdiction: counted(meta.jurisdictions, jurisdictionCounts, (j) => ({ value: j.code, label: j.name, count: 0 })) }
        : {}),
      all: { area: all[0]!, kind: all[1]!, year: all[2]!, jurisdiction: all[3]! },
    },
  };
  if (partial) results.partial = true;
  if (!best && !options.noSuggestions) results.suggestions = await suggest(reader, terms, lexicon);
  warmSegmenter();
  return results;
}

/** `data` if it is what `schema` says, else undefined, with where and why in the console. */
function checkedOr<S extends z.ZodMiniType>(schema: S, data: unknown, where: string): z.infer<S> | undefined {
  const result = schema.safeParse(data);
  if (!result.success) console.warn(`Invalid data at ${where}, left out:`, result.error.issues);
  return result.data;
}

async function hitOf(reader: IndexReader, key: number, kind: SearchHit['kind'], words: string[]): Promise<SearchHit | undefined> {
  const { meta } = reader;
  const entry = key < 0;
  const id = entry ? -1 - key : key;
  const g = Math.floor(id / GROUP_SPAN);
  const local = id % GROUP_SPAN;
  const group = meta.groups[g]!;
  const area = meta.areas[group.a]!;
  const chunk = Math.floor(local / meta.recordSize);
  const jurisdiction = meta.jurisdictions.length > 1 ? { jurisdiction: meta.jurisdictions[group.j]! } : {};
  if (entry) {
    const record = checkedOr(EntryRecord, (await reader.entries(g, chunk))[local % meta.recordSize], `search/r/e-${g}-${chunk}[${local % meta.recordSize}]`);
    if (!record) return undefined;
    const item = record.e.slice(0, record.e.lastIndexOf('~'));
    return {
      kind,
      area: area.id,
      item,
      itemName: record.p[record.p.length - 1] ?? item,
      path: [area.name, ...record.p],
      entry: record.e,
      text: record.t,
      date: record.d,
      ...jurisdiction,
    };
  }
  const record = checkedOr(ItemRecord, (await reader.items(g, chunk))[local % meta.recordSize], `search/r/i-${g}-${chunk}[${local % meta.recordSize}]`);
  if (!record) return undefined;
  const hit: SearchHit = {
    kind,
    area: area.id,
    item: record.i,
    itemName: record.n,
    path: [area.name, ...record.p, record.n],
    text: record.n,
    ...(record.d ? { updated: record.d } : {}),
    ...jurisdiction,
  };
  if (kind === 'element') hit.snippet = excerpt(record.x, words);
  return hit;
}

/**
 * When nothing matched: other forms of the words, each word alone, and the query's two-character
 * pieces, each offered only when it finds something itself (no suggestion leads to another empty
 * page); and the areas whose names share the most characters with the query.
 */
async function suggest(reader: IndexReader, terms: QueryTerm[], lexicon: PreparedLexicon): Promise<NonNullable<SearchResults['suggestions']>> {
  const pieces = terms.flatMap((t) => [...t.text.matchAll(/../gu)].map((m) => m[0]));
  const candidates = [...new Set([...terms.flatMap((t) => t.variants.slice(1)), ...(terms.length > 1 ? terms.map((t) => t.text) : []), ...pieces])]
    .filter((w) => [...w].length > 1 && !terms.some((t) => t.text === w && terms.length === 1))
    .slice(0, 12);
  const found = await Promise.all(candidates.map(async (w) => ((await runSearch(reader, w, { limit: 0, noSuggestions: true })).total ? w : '')));
  const chars = new Set(terms.flatMap((t) => [...t.text]));
  const scored = reader.meta.areas
    .map((a) => ({ id: a.id, name: a.name, score: [...normalise(a.name, lexicon.fold)].filter((c) => chars.has(c)).length }))
    .filter((a) => a.score > 0)
    .sort((a, b) => b.score - a.score);
  return { words: found.filter(Boolean).slice(0, 6), areas: scored.slice(0, 4).map(({ id, name }) => ({ id, name })) };
}
