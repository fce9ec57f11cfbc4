/**
 * The search engine over a sharded index: reads a query, fetches the posting shards of its terms,
 * ranks every matching document, counts facets, and fetches the records of the page it shows.
 * It reads files through a loader, so the browser (over HTTP), the server and the CLI (from disk)
 * rank with the same code.
 */
import { prepareLexicon, understand, warmSegmenter, type PreparedLexicon, type QueryTerm } from './lexicon.js';
import {
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
import { keysOf, normalise, termHash, wholeWords, type WholeWords } from './text.js';
import { excerpt } from './excerpt.js';
import { carriedIn, checkedOr, hitOf } from './hits.js';
import { decode, FIELD_COUNT, placeList, wordLists, type Lists } from './postings.js';
import {
  collect,
  countFacets,
  entryCeiling,
  GENERIC,
  kindIndex,
  NAME,
  PARENT,
  score,
  TITLE,
  topK,
  type Candidates,
  type Counted,
  type Scores,
} from './rank.js';
import { cutoff, decided, merge } from './tails.js';

/** How the engine reads the index's files. */
export interface IndexReader {
  meta: SearchMeta;
  lexicon: Lexicon | undefined;
  /** Posting shard `n`. */
  shard(n: number): Promise<PostingShard>;
  /** A long entry list's tail, by the name its shard gives (see tails.ts): base-36 gaps. */
  tail(name: string): Promise<string>;
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
  /**
   * Called with the page before the total and facets are counted, when the first parts of long
   * lists decide it (see tails.ts): the hits are final, the results say `counting`. Not called
   * when the page needs every list; the promise gives the complete results either way.
   */
  onPage?: (results: SearchResults) => void;
}

const decodedShards = new WeakMap<PostingShard, Map<string, Lists>>();

/** A query's posting lists (the heads of long ones) and the tails that complete them. */
interface Read {
  shards: Map<number, PostingShard>;
  postings: Map<string, Lists>;
  /** Term → its tail file's name. */
  tails: Map<string, string>;
}

/** Fetches the shards of `needed` (each once) and decodes their lists; a malformed term is left out, and said. */
async function readPostings(reader: IndexReader, needed: Set<string>): Promise<Read> {
  const { meta } = reader;
  const shardOf = (term: string) => termHash(term) & (meta.shards - 1);
  const shardNumbers = [...new Set([...needed].map(shardOf))];
  const shards = new Map(await Promise.all(shardNumbers.map(async (n) => [n, await reader.shard(n)] as const)));
  const postings = new Map<string, Lists>();
  const tails = new Map<string, string>();
  for (const term of needed) {
    const shard = shards.get(shardOf(term));
    const raw = shard?.[term];
    if (!shard || !raw) continue;
    // Decoded once per shard (the client keeps the shard): a later query of the same word decodes nothing.
    let decoded = decodedShards.get(shard);
    if (!decoded) decodedShards.set(shard, (decoded = new Map()));
    let lists = decoded.get(term);
    const checked = !lists && checkedOr(PostingLists, raw, `search/p/${shardOf(term)}[${term}]`);
    if (checked) decoded.set(term, (lists = checked.slice(0, FIELD_COUNT).map(decode)));
    if (!lists) continue;
    postings.set(term, lists);
    const tail = (raw as string[])[FIELD_COUNT];
    if (tail) tails.set(term, tail);
  }
  return { shards, postings, tails };
}

const fullLists = new WeakMap<Lists, Lists>();

/** The lists with their tails joined (each tail fetched and merged once per client). A tail that fails fails the query. */
async function withTails(reader: IndexReader, { postings, tails }: Read): Promise<Map<string, Lists>> {
  const full = new Map(postings);
  await Promise.all(
    [...tails].map(async ([term, name]) => {
      const head = postings.get(term)!;
      let lists = fullLists.get(head);
      if (!lists) {
        const tail = decode(await reader.tail(name));
        lists = head.map((list, f) => (f === TITLE ? merge(list, tail) : list));
        fullLists.set(head, lists);
      }
      full.set(term, lists);
    }),
  );
  return full;
}

const wholeByLexicon = new WeakMap<PreparedLexicon, WholeWords>();

/** The lexicon's words that an index posts whole (those of `from` characters or more). */
function wholeOf(lexicon: PreparedLexicon, from: number): WholeWords {
  let whole = wholeByLexicon.get(lexicon);
  if (!whole) wholeByLexicon.set(lexicon, (whole = wholeWords(lexicon.words, from)));
  return whole;
}

/** Searches a sharded index. */
export async function runSearch(reader: IndexReader, query: string, options: SearchOptions = {}): Promise<SearchResults> {
  const { meta } = reader;
  // 0 counts without fetching any record (how suggestions are checked).
  const limit = Math.max(0, Math.min(100, options.limit ?? 20));
  const offset = Math.max(0, options.offset ?? 0);
  const lexicon: PreparedLexicon = prepareLexicon(reader.lexicon);
  const { terms, phrases } = understand(query, lexicon);
  if (!terms.length) return { query, total: 0, offset, hits: [] };

  // Every key of every form of every word, and of the phrases.
  const whole = meta.whole ? wholeOf(lexicon, meta.whole) : undefined;
  const keyed = new Map<string, string[]>();
  const keys = (text: string): string[] => keyed.get(text) ?? keyed.set(text, keysOf(text, whole)).get(text)!;
  const needed = new Set<string>();
  for (const t of terms) for (const v of t.lookup) for (const key of keys(v)) needed.add(key);
  for (const p of phrases) for (const key of keys(p)) needed.add(key);
  const read = await readPostings(reader, needed);
  const highlight = [...new Set(terms.flatMap((t) => t.variants).concat(phrases))].sort((a, b) => b.length - a.length);
  const rankWith = (postings: Map<string, Lists>) => rankPage(meta, terms, phrases, keys, postings, options, offset + limit);
  const resultsOf = (ranked: Ranked, counting: boolean) => pageResults(reader, read.shards, query, ranked, { offset, counting, highlight });

  if (read.tails.size) {
    // The tails are asked for at once; meanwhile the heads may decide the page.
    const full = withTails(reader, read);
    full.catch(() => undefined);
    if (options.onPage && limit) {
      const early = rankWith(read.postings);
      let newest = -Infinity;
      for (const term of read.tails.keys()) newest = Math.max(newest, cutoff(meta, read.postings.get(term)!));
      if (decided(early.top, offset + limit, early.scores.primary, early.scores.secondary, entryCeiling(early.single), newest))
        options.onPage(await resultsOf(early, true));
    }
    read.postings = await full;
  }
  const ranked = rankWith(read.postings);
  const results = await resultsOf(ranked, false);
  if (!ranked.scores.best && !options.noSuggestions) results.suggestions = await suggest(reader, terms, lexicon);
  warmSegmenter();
  return results;
}

/** A query ranked: its candidates, their scores and counts, and the first `want` in rank order. */
interface Ranked {
  candidates: Candidates;
  scores: Scores;
  counts: Counted;
  single: boolean[];
  partial: boolean;
  top: number[];
}

function rankPage(
  meta: SearchMeta,
  terms: QueryTerm[],
  phrases: string[],
  keys: (text: string) => string[],
  postings: Map<string, Lists>,
  filters: SearchFilters,
  want: number,
): Ranked {
  // Every list first: then all candidates fit arrays sized once.
  const termLists = terms.map((term) => term.lookup.map((variant) => wordLists(keys(variant), postings)));
  const phraseLists = phrases.map((p) => {
    // The phrase holds every word, single characters too: in one field, or in an item's place.
    const lists = wordLists(keys(p), postings);
    lists[PARENT] = placeList(keys(p), postings, [NAME, PARENT, GENERIC]);
    return lists;
  });
  const candidates = collect(terms, termLists, phraseLists);
  // Every word is required but single characters; where no document has them all, the best partial.
  const allSingle = terms.every((t) => t.single);
  const required = allSingle ? terms.length : terms.filter((t) => !t.single).length;
  const single = terms.map((t) => t.single && !allSingle);
  const scores = score(candidates, single, meta);
  const { primary, secondary, best } = scores;
  const partial = best > 0 && best < required;
  const counts = countFacets(candidates, scores, partial ? 1 : required, meta, filters);
  const better = (a: number, b: number) => primary[a]! > primary[b]! || (primary[a] === primary[b] && secondary[a]! > secondary[b]!);
  return { candidates, scores, counts, single, partial, top: topK(counts.shown, want, better) };
}

/** The page's hits (records fetched where the shards carry none) and, once counted, the total and facets. */
async function pageResults(
  reader: IndexReader,
  shards: Map<number, PostingShard>,
  query: string,
  { candidates, scores, counts, partial, top }: Ranked,
  { offset, counting, highlight }: { offset: number; counting: boolean; highlight: string[] },
): Promise<SearchResults> {
  const { meta } = reader;
  const { keys } = candidates;
  const { primary } = scores;
  const page = top.slice(offset);
  const kindOf = (i: number): SearchHit['kind'] => SEARCH_KINDS[kindIndex(candidates, scores, i)]!;
  // The records the shards carry first (one round trip for most pages), then the chunks. A hit
  // whose record is malformed is left off the page (and said in the console); the rest stand.
  const found = await Promise.all(page.map((i) => hitOf(reader, keys[i]!, kindOf(i), highlight, carriedIn(shards, keys[i]!))));
  const hits = found.filter((hit): hit is SearchHit => !!hit);
  const shownPage = page.filter((_, k) => found[k]);
  // The index knows an entry's month; its record, the day: equally ranked entries of one month
  // in different areas are put newest first on the page.
  const sameMonth = (a: SearchHit, b: SearchHit) => a.date && b.date && a.date.slice(0, 7) === b.date.slice(0, 7);
  const order = shownPage.map((_, k) => k);
  order.sort(
    (a, b) =>
      primary[shownPage[b]!]! - primary[shownPage[a]!]! ||
      (sameMonth(hits[a]!, hits[b]!) ? (hits[a]!.date! < hits[b]!.date! ? 1 : hits[a]!.date! > hits[b]!.date! ? -1 : 0) : 0) ||
      a - b,
  );
  const results: SearchResults = { query, total: counts.shown.length, offset, hits: order.map((k) => hits[k]!), terms: highlight };
  // While counting, the facets of the first parts: mostly the controls the final ones have (items are never split).
  results.facets = facetsOf(meta, counts);
  if (counting) results.counting = true;
  if (partial) results.partial = true;
  return results;
}

/** The facets' counts, most first. */
function facetsOf(meta: SearchMeta, counts: Counted): NonNullable<SearchResults['facets']> {
  const counted = <T>(list: readonly T[], found: Int32Array, facet: (item: T) => FacetCount) =>
    list
      .map((item, k) => ({ ...facet(item), count: found[k]! }))
      .filter((f) => f.count > 0)
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return {
    area: counted(meta.areas, counts.area, (a) => ({ value: a.id, label: a.name, count: 0 })),
    kind: SEARCH_KINDS.map((value, k) => ({ value, count: counts.kind[k]! })).filter((f) => f.count > 0),
    year: [...counts.year].sort((a, b) => b[0] - a[0]).map(([year, count]) => ({ value: String(year), count })),
    ...(meta.jurisdictions.length > 1
      ? { jurisdiction: counted(meta.jurisdictions, counts.jurisdiction, (j) => ({ value: j.code, label: j.name, count: 0 })) }
      : {}),
    all: counts.all,
  };
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
  // Areas that share two characters written together with the query (救助 of 临时救助), not one (地 of 火星基地).
  const pairs = terms.flatMap((t) => keysOf(t.text).filter((k) => [...k].length === 2));
  const scored = reader.meta.areas
    .map((a) => ({ id: a.id, name: a.name, score: pairs.filter((p) => normalise(a.name, lexicon.fold).includes(p)).length }))
    .filter((a) => a.score > 0)
    .sort((a, b) => b.score - a.score);
  return { words: found.filter(Boolean).slice(0, 6), areas: scored.slice(0, 4).map(({ id, name }) => ({ id, name })) };
}
