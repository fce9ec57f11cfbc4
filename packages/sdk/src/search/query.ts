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
  INLINE_KEY,
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
import { excerpt } from './excerpt.js';
import { decode, placeList, wordLists, type Lists } from './postings.js';
import { collect, countFacets, GENERIC, kindIndex, NAME, PARENT, score, topK } from './rank.js';

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

export { excerpt };

export interface SearchOptions extends SearchFilters {
  /** Hits per page. Default 20; 0 counts only. */
  limit?: number;
  offset?: number;
  /** Do not look for suggestions when nothing matches (checking a suggestion). */
  noSuggestions?: boolean;
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
  const candidates = collect(terms, termLists, phraseLists);

  // Every word is required but single characters; where no document has them all, the best partial.
  const allSingle = terms.every((t) => t.single);
  const required = allSingle ? terms.length : terms.filter((t) => !t.single).length;
  const scores = score(
    candidates,
    terms.map((t) => t.single && !allSingle),
    meta,
  );
  const { primary, secondary, best } = scores;
  const partial = best > 0 && best < required;
  const counts = countFacets(candidates, scores, partial ? 1 : required, meta, options);
  const { keys } = candidates;
  const kindOf = (i: number): SearchHit['kind'] => SEARCH_KINDS[kindIndex(candidates, scores, i)]!;
  const better = (a: number, b: number) => primary[a]! > primary[b]! || (primary[a] === primary[b] && secondary[a]! > secondary[b]!);
  const page = topK(counts.shown, offset + limit, better).slice(offset);

  const highlight = [...new Set(terms.flatMap((t) => t.variants).concat(phrases))].sort((a, b) => b.length - a.length);
  // The records the shards carry first (one round trip for most pages), then the chunks. A hit
  // whose record is malformed is left off the page (and said in the console); the rest stand.
  const carried = (key: number): Carried | undefined => {
    const name = key < 0 ? `e${(-1 - key).toString(36)}` : `i${key.toString(36)}`;
    for (const [n, shard] of shards) {
      const records = shard[INLINE_KEY];
      if (records && typeof records === 'object' && Object.hasOwn(records, name))
        return { record: (records as Record<string, unknown>)[name], where: `search/p/${n}[${name}]` };
    }
    return undefined;
  };
  const found = await Promise.all(page.map((i) => hitOf(reader, keys[i]!, kindOf(i), highlight, carried(keys[i]!))));
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
    total: counts.shown.length,
    offset,
    hits: sortedHits,
    terms: highlight,
    facets: {
      area: counted(meta.areas, counts.area, (a) => ({ value: a.id, label: a.name, count: 0 })),
      kind: SEARCH_KINDS.map((value, k) => ({ value, count: counts.kind[k]! })).filter((f) => f.count > 0),
      year: [...counts.year].sort((a, b) => b[0] - a[0]).map(([year, count]) => ({ value: String(year), count })),
      ...(meta.jurisdictions.length > 1
        ? { jurisdiction: counted(meta.jurisdictions, counts.jurisdiction, (j) => ({ value: j.code, label: j.name, count: 0 })) }
        : {}),
      all: counts.all,
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

/** A record a posting shard carries, and where (for the console). */
interface Carried {
  record: unknown;
  where: string;
}

async function hitOf(reader: IndexReader, key: number, kind: SearchHit['kind'], words: string[], carried?: Carried): Promise<SearchHit | undefined> {
  const { meta } = reader;
  const entry = key < 0;
  const id = entry ? -1 - key : key;
  const g = Math.floor(id / GROUP_SPAN);
  const local = id % GROUP_SPAN;
  const group = meta.groups[g]!;
  const area = meta.areas[group.a]!;
  const chunk = Math.floor(local / meta.recordSize);
  const at = local % meta.recordSize;
  const jurisdiction = meta.jurisdictions.length > 1 ? { jurisdiction: meta.jurisdictions[group.j]! } : {};
  if (entry) {
    // A malformed copy in a shard is said, and the chunk's record read instead.
    const record =
      (carried && checkedOr(EntryRecord, carried.record, carried.where)) ??
      checkedOr(EntryRecord, (await reader.entries(g, chunk))[at], `search/r/e-${g}-${chunk}[${at}]`);
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
  // A shard's copy holds a snippet only where its word matched the element text: an element hit
  // without one reads the chunk.
  let record = carried && checkedOr(ItemRecord, carried.record, carried.where);
  let snippet = record?.x;
  if (!record || (kind === 'element' && !snippet)) {
    record = checkedOr(ItemRecord, (await reader.items(g, chunk))[at], `search/r/i-${g}-${chunk}[${at}]`);
    snippet = record && excerpt(record.x ?? '', words);
  }
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
  if (kind === 'element') hit.snippet = snippet ?? '';
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
