/**
 * @gov-disclosure/sdk/search — full-text search of a column (我要查): the query engine and ranking
 * that the elements, the server and the CLI share, the citizen's words (synonyms, 繁→简), and
 * `search()`, which asks whichever source a client has. The index builder is Node-only, in
 * `@gov-disclosure/sdk/bundle`.
 */
import type { DisclosureClient } from '../client.js';
import type { RequestOptions } from '../transport.js';
import { Lexicon, PostingShard, PostingTail, RecordChunk, SearchMeta, SearchResults } from './schema.js';
import { runSearch, type IndexReader, type SearchOptions } from './query.js';
import { nameMatcher, prepareLexicon } from './lexicon.js';

export { runSearch, excerpt, type IndexReader, type SearchOptions } from './query.js';
export { DEFAULT_SYNONYMS, nameMatcher, prepareLexicon, understand, type QueryTerm, type Understood } from './lexicon.js';
export { bigrams, foldTable, keysOf, normalise, segments, wholeWords, type WholeWords } from './text.js';
export * from './schema.js';

const readers = new WeakMap<DisclosureClient, Map<string, Promise<IndexReader>>>();

/**
 * The index of a bundle client, read through the client (validated, cached, retried): the meta
 * and the lexicon at once, shards and records as a query needs them.
 */
export function indexReader(client: DisclosureClient, metaUrl: string, lexiconUrl: string | undefined, options: RequestOptions = {}): Promise<IndexReader> {
  let byUrl = readers.get(client);
  if (!byUrl) readers.set(client, (byUrl = new Map()));
  let reader = byUrl.get(metaUrl);
  if (!reader) {
    const signal = options.signal ? { signal: options.signal } : {};
    // The bundle root: the meta is at `search/meta.<hash>.json` under it.
    const root = new URL('..', new URL(metaUrl, globalThis.location?.href)).href;
    const file = (path: string) => new URL(path, root).href;
    reader = Promise.all([client.get(metaUrl, SearchMeta, signal), lexiconUrl ? client.get(lexiconUrl, Lexicon, signal) : undefined]).then(
      ([meta, lexicon]) => ({
        meta,
        lexicon,
        shard: (n) => client.get(file(`search/p/${n}.${meta.hashes.slice(n * 4, n * 4 + 4)}.json`), PostingShard),
        tail: (name) => client.get(file(`search/t/${name}.json`), PostingTail),
        items: (g, c) => client.get(file(`search/r/i-${g}-${c}.${meta.groups[g]!.ih.slice(c * 4, c * 4 + 4)}.json`), RecordChunk),
        entries: (g, c) => client.get(file(`search/r/e-${g}-${c}.${meta.groups[g]!.eh.slice(c * 4, c * 4 + 4)}.json`), RecordChunk),
      }),
    );
    // A failed first read is not kept: the next search tries again.
    reader.catch(() => byUrl!.delete(metaUrl));
    byUrl.set(metaUrl, reader);
  }
  return reader;
}

/** The lexicon of a client's column (the SDK's own when the column has none). */
export async function loadLexicon(client: DisclosureClient, options: RequestOptions = {}): Promise<Lexicon | undefined> {
  if (client.kind === 'api' && client.api) return client.get(new URL('lexicon', client.api).href, Lexicon, options).catch(() => undefined);
  const { lexicon } = await client.column(options);
  return lexicon ? client.get(lexicon, Lexicon, options) : undefined;
}

/**
 * A filter over names in memory (the catalogue tree's) that understands a query as search does,
 * with the client's lexicon (loaded once per client).
 */
export async function clientMatcher(client: DisclosureClient, query: string): Promise<(name: string) => boolean> {
  let lexicon = lexicons.get(client);
  if (!lexicon) lexicons.set(client, (lexicon = loadLexicon(client).catch(() => undefined)));
  return nameMatcher(query, prepareLexicon(await lexicon));
}
const lexicons = new WeakMap<DisclosureClient, Promise<Lexicon | undefined>>();

/**
 * Searches a column: a bundle's sharded index (only the shards of the query's words and the
 * records of the hits shown are downloaded), or the API's `/search`, which ranks with this code.
 */
export async function search(client: DisclosureClient, query: string, options: RequestOptions & SearchOptions = {}): Promise<SearchResults> {
  const { signal, limit, offset, area, kind, year, jurisdiction } = options;
  if (client.kind === 'api' && client.api) {
    const url = new URL('search', client.api);
    for (const [k, v] of Object.entries({ q: query, limit, offset, area, kind, year, jurisdiction }))
      if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
    return client.get(url.href, SearchResults, signal ? { signal } : {});
  }
  const column = await client.column(signal ? { signal } : {});
  if (!column.search) return { query, total: 0, hits: [] };
  const reader = await indexReader(client, column.search, column.lexicon, signal ? { signal } : {});
  return runSearch(reader, query, options);
}
