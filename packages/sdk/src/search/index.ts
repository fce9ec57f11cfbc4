/**
 * @gov-disclosure/sdk/search — full-text search of a column (我要查): the index builder that the
 * bundle builder and the CLI use, the query that the elements and the server use, and `search()`,
 * which asks whichever source a client has.
 */
import type { DisclosureClient } from '../client.js';
import type { RequestOptions } from '../transport.js';
import { SearchIndex, SearchResults } from './schema.js';
import { searchIndex } from './query.js';

export { buildSearchIndex } from './build.js';
export { prepareIndex, searchIndex } from './query.js';
export { bigrams, normalise, segments } from './text.js';
export * from './schema.js';

/**
 * Searches a column: a bundle's prebuilt index (downloaded once, on the first search), or the
 * API's `/search`.
 */
export async function search(client: DisclosureClient, query: string, options: RequestOptions & { limit?: number } = {}): Promise<SearchResults> {
  const limit = options.limit ?? 50;
  if (client.kind === 'api' && client.api) {
    const url = new URL('search', client.api);
    url.searchParams.set('q', query);
    url.searchParams.set('limit', String(limit));
    return client.get(url.href, SearchResults, options);
  }
  const { search: indexUrl } = await client.column(options);
  if (!indexUrl) return { query, total: 0, hits: [] };
  const index = await client.get(indexUrl, SearchIndex, options);
  return searchIndex(index, query, limit);
}
