import * as z from 'zod/mini';
import { count, Id, isoDate, text } from '../schemas/common.js';

/**
 * The prebuilt full-text index of a bundle, column by column (what gzip compresses best): one
 * document per item name (`i`), per item's element text (`e`) and per entry title (`t`), in the
 * order results are shown (names, then element text, then entries newest first), and for every
 * bigram of their text the ids of the documents holding it, as gaps in base 36 ("0,a,1z").
 */
export const SearchIndex = z.object({
  version: z.literal(1),
  areas: z.array(z.string()),
  /** One character per document: i, e or t. */
  kind: z.string().check(z.regex(/^[iet]*$/)),
  /** Index into `areas`, per document. */
  area: z.array(z.number()),
  item: z.array(z.string()),
  /** The entry's number (`item~n`), 0 for item documents. */
  entry: z.array(z.number()),
  text: z.array(z.string()),
  /** 发布日期 of entries, '' for items. */
  date: z.array(z.string()),
  grams: z.record(z.string(), z.string()),
});

export const SEARCH_KINDS = ['item', 'element', 'entry'] as const;

/** One hit. */
export const SearchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  area: Id,
  item: Id,
  /** The item's name, for every kind. */
  itemName: text(200),
  entry: z.optional(Id),
  /** What matched: the item name, its element text, or the entry title. */
  text: z.string(),
  date: z.optional(isoDate()),
});

/** A search's answer: the best hits, and how many there were in all. */
export const SearchResults = z.object({
  query: z.string(),
  total: count(),
  hits: z.array(SearchHit),
});

export type SearchIndex = z.infer<typeof SearchIndex>;
export type SearchHit = z.infer<typeof SearchHit>;
export type SearchResults = z.infer<typeof SearchResults>;
