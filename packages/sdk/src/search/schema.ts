/**
 * The shapes of search: the sharded static index a bundle carries, the lexicon, and the answer
 * every source gives (bundle, API, 1+N matrix).
 */
import * as z from 'zod/mini';
import { count, Id, isoDate, text } from '../schemas/common.js';

/**
 * One group of documents: the items or entries of one area of one jurisdiction. A document's id is
 * `group * GROUP_SPAN + local`, so that a posting list (ids ascending) says the area and the
 * jurisdiction of every hit without any further download. Items are numbered in catalogue order,
 * entries oldest first (a new entry takes the next number: appending rewrites nothing else).
 */
export const SearchGroup = z.object({
  /** Index into `jurisdictions`. */
  j: count(),
  /** Index into `areas`. */
  a: count(),
  /** How many items; their records are in chunks of `recordSize`. */
  items: count(),
  /** How many entries. */
  entries: count(),
  /** The month (YYYYMM) of the group's oldest entry, 0 when it has none. */
  from: count(),
  /** Entries per month from `from` on, as base-36 counts joined by commas. */
  months: z.string(),
  /** The 4-character content hashes of the item record chunks, concatenated. */
  ih: z.string(),
  /** The same for the entry record chunks. */
  eh: z.string(),
});

/**
 * The entry point of a sharded index (`search/meta.<hash>.json`): what a query reads first. The
 * postings of a term are in shard `fnv1a(term) & (shards - 1)`, at
 * `search/p/<n>.<hash>.json`; records at `search/r/<i|e>-<group>-<chunk>.<hash>.json`. Every
 * file but this one's manifest is named by its content, so it can be cached for ever.
 */
export const SearchMeta = z.object({
  version: z.literal(2),
  jurisdictions: z.array(z.object({ code: z.string(), name: text(100) })),
  areas: z.array(z.object({ id: Id, name: text(100) })),
  groups: z.array(SearchGroup),
  /** The number of posting shards (a power of two). */
  shards: count(),
  /** Their 4-character content hashes, concatenated in shard order. */
  hashes: z.string(),
  /** Records per record chunk. */
  recordSize: count(),
  /** The lexicon's words of this many characters or more are posted whole, besides their bigrams (text.ts's `keysOf`). */
  whole: z.optional(count()),
  /** Path of the lexicon, relative to this file's folder's parent (the bundle). */
  lexicon: z.optional(z.string()),
});

/**
 * A posting shard: for each term (a character bigram, or a single character of an item name), six
 * lists of document ids as base-36 gaps joined by commas: items whose name holds it, items whose
 * place holds it, items whose elements hold it, entries whose title holds it, items whose 依据, 主体
 * or 时限 hold it, and items whose generic name or element list (shared by ten or more items) holds it.
 */
export const PostingShard = z.record(z.string(), z.unknown());
/**
 * The key, in a posting shard, of the records its terms carry: for each term the records of its
 * first 20 items and its 20 newest entries, by key (`i<id>`, `e<id>`, base 36), each checked when
 * it is shown. A query whose page they cover needs no record chunk: one round trip, not two.
 * An item record here holds, instead of its element text, the part around the term (`x`), and
 * only where the term matched its element text.
 */
export const INLINE_KEY = '';
/**
 * One term's six lists (and, where its entry list is long, the name of the file holding the rest
 * of it, `search/t/<name>.json`: see tails.ts), checked when a query uses the term: a malformed term costs only itself, and
 * a query does not pay for checking the hundreds of terms it does not use.
 */
// An array checked for its length, not z.tuple: the column's own zod chunk holds no tuple code.
export const PostingLists = z
  .array(z.string())
  .check(z.refine((lists) => lists.length === 6 || (lists.length === 7 && /^[\w-]{1,40}$/.test(lists[6]!)), 'Expected the six posting lists and a tail'));

/** A tail file (`search/t/<name>.json`): the rest of a long entry list, as base-36 gaps. */
export const PostingTail = z.string().check(z.regex(/^[0-9a-z,]*$/));

/**
 * An item as a hit needs it: id, name, its parents' names, element text (in a record chunk; a
 * posting shard's copy has only a snippet of it, or none: see `INLINE_KEY`), and its newest entry's date.
 */
export const ItemRecord = z.object({ i: Id, n: z.string(), p: z.array(z.string()), x: z.optional(z.string()), d: z.optional(isoDate()) });
/** An entry as a hit needs it: id, title, date, item id and the names of its item's path. */
export const EntryRecord = z.object({ e: Id, t: z.string(), d: isoDate(), p: z.array(z.string()) });
/**
 * A chunk of records, each checked when it is shown: a malformed record hides only its own hit, and
 * a page of 20 hits does not pay for checking the chunks' other records.
 */
export const RecordChunk = z.array(z.unknown());

/**
 * The citizen's words: groups of words that mean the same (低保 ⇄ 最低生活保障), and a 繁→简
 * character table for the characters the index holds, as pairs joined in one string.
 */
export const Lexicon = z.object({
  synonyms: z.array(z.array(z.string())),
  fold: z.optional(z.string()),
});

export const SEARCH_KINDS = ['item', 'element', 'entry'] as const;

/** One hit. */
export const SearchHit = z.object({
  /** `item`: its name (or its parent's) matched; `element`: only its element text; `entry`: an entry title. */
  kind: z.enum(SEARCH_KINDS),
  area: Id,
  item: Id,
  /** The item's name, for every kind. */
  itemName: text(200),
  /** Where it sits: 领域 › 一级事项 › 二级事项 (names). */
  path: z.optional(z.array(z.string())),
  entry: z.optional(Id),
  /** What matched: the item name, its element text, or the entry title. */
  text: z.string(),
  /** For element hits: the part of the element text around the match. */
  snippet: z.optional(z.string()),
  date: z.optional(isoDate()),
  /** For items: the 发布日期 of their newest entry, their children's included. */
  updated: z.optional(isoDate()),
  /** The jurisdiction, in a 1+N search. */
  jurisdiction: z.optional(z.object({ code: z.string(), name: z.string() })),
});

export const FacetCount = z.object({ value: z.string(), label: z.optional(z.string()), count: count() });

/** A search's answer: one page of hits in rank order, the total, and facets over every hit. */
export const SearchResults = z.object({
  query: z.string(),
  total: count(),
  offset: z.optional(count()),
  hits: z.array(SearchHit),
  /** Words to highlight: the query's own and the synonyms that matched. */
  terms: z.optional(z.array(z.string())),
  /** No hit held every word: these hold some of them, the most first. */
  partial: z.optional(z.boolean()),
  /** The hits are final; `total` and the facets count only those found so far (more areas, years and, rarely, kinds may come). */
  counting: z.optional(z.boolean()),
  /**
   * Counts by kind, area, year (entries) and jurisdiction (a city's merged index), each counted with
   * the other facets' filters applied, so that a facet's counts add up to what choosing them shows;
   * `all` is each facet's total under the other filters.
   */
  facets: z.optional(
    z.object({
      area: z.array(FacetCount),
      kind: z.array(FacetCount),
      year: z.array(FacetCount),
      jurisdiction: z.optional(z.array(FacetCount)),
      all: z.object({ area: count(), kind: count(), year: count(), jurisdiction: count() }),
    }),
  ),
  /** When nothing matched: other words to try, and areas whose names are near the query. */
  suggestions: z.optional(z.object({ words: z.array(z.string()), areas: z.array(z.object({ id: Id, name: z.string() })) })),
});

/** Narrows a search; facets are counted before narrowing. */
export interface SearchFilters {
  area?: string | undefined;
  kind?: (typeof SEARCH_KINDS)[number] | undefined;
  year?: string | undefined;
  jurisdiction?: string | undefined;
}

export type SearchGroup = z.infer<typeof SearchGroup>;
export type SearchMeta = z.infer<typeof SearchMeta>;
export type PostingShard = z.infer<typeof PostingShard>;
export type ItemRecord = z.infer<typeof ItemRecord>;
export type EntryRecord = z.infer<typeof EntryRecord>;
export type Lexicon = z.infer<typeof Lexicon>;
export type SearchHit = z.infer<typeof SearchHit>;
export type FacetCount = z.infer<typeof FacetCount>;
export type SearchResults = z.infer<typeof SearchResults>;

/** Ids per group: a group holds fewer than a million items or entries. */
export const GROUP_SPAN = 1 << 20;
