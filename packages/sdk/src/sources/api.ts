import { AreaList, ColumnInfo, ItemList, LatestDigest, PolicyList } from '../schemas/bundle.js';
import { CatalogueItem } from '../schemas/catalogue.js';
import { DisclosureEntry, EntryPage } from '../schemas/entry.js';
import type { RequestOptions, Transport } from '../transport.js';
import { apiBase, apiUrl } from '../api-url.js';
import { pageOf, withAbsoluteData, type EntryQuery, type PolicyQuery, type Source } from './source.js';

/** Reads the HTTP API described by the SDK's OpenAPI document. */
export class ApiSource implements Source {
  readonly kind = 'api';
  readonly #base: string;
  readonly #http: Transport;

  constructor(base: string, http: Transport) {
    this.#base = apiBase(base);
    this.#http = http;
  }

  /** The absolute URL of an API path with its query (empty values left out). */
  url(path: string, query: Record<string, string | number | undefined> = {}): string {
    const url = new URL(apiUrl(this.#base, path));
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
    }
    return url.href;
  }

  async column(options?: RequestOptions) {
    const column = await this.#http.get(this.url('column'), ColumnInfo, options);
    return { ...column, jurisdictions: column.jurisdictions?.map((j) => withAbsoluteData(j, this.#base, column.hosts)) };
  }

  async areas(options?: RequestOptions) {
    return (await this.#http.get(this.url('areas'), AreaList, options)).areas;
  }

  async items(area: string, parent?: string, options?: RequestOptions) {
    return (await this.#http.get(this.url(`areas/${encodeURIComponent(area)}/items`, { parent }), ItemList, options)).items;
  }

  item(id: string, options?: RequestOptions) {
    return this.#http.get(this.url(`items/${encodeURIComponent(id)}`), CatalogueItem, options);
  }

  entries(item: string, query: EntryQuery = {}, options?: RequestOptions) {
    const { offset, limit } = pageOf(query);
    const url = this.url(`items/${encodeURIComponent(item)}/entries`, { offset, limit, stage: query.stage, q: query.q?.trim() });
    return this.#http.get(url, EntryPage, options);
  }

  entry(id: string, options?: RequestOptions) {
    return this.#http.get(this.url(`entries/${encodeURIComponent(id)}`), DisclosureEntry, options);
  }

  latest(options?: RequestOptions) {
    return this.#http.get(this.url('latest'), LatestDigest, options);
  }

  async policies(query: PolicyQuery = {}, options?: RequestOptions) {
    return (await this.#http.get(this.url('policies', { level: query.level, area: query.area }), PolicyList, options)).policies;
  }
}
