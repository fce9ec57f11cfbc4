import { isHomeUrl } from '../schemas/common.js';
import type { LatestDigest } from '../schemas/bundle.js';
import type { Area, CatalogueItem } from '../schemas/catalogue.js';
import type { ColumnInfo } from '../schemas/bundle.js';
import type { DisclosureEntry, EntryPage } from '../schemas/entry.js';
import type { Jurisdiction, PolicyDocument } from '../schemas/jurisdiction.js';
import type { Stage } from '../schemas/common.js';
import type { PolicyLevel } from '../standard/vocabulary.js';
import type { RequestOptions } from '../transport.js';

/** Which entries of an item to read. */
export interface EntryQuery {
  /** Default 0. */
  offset?: number;
  /** Default 20, at most 500. */
  limit?: number;
  /** Only entries of this 五公开 stage. */
  stage?: Stage;
  /** Only entries whose title, 文号 or 索引号 contains this text. */
  q?: string;
}

export interface PolicyQuery {
  level?: PolicyLevel;
  area?: string;
}

/**
 * What a column reads, wherever the data lives. The static bundle and the HTTP API both
 * implement it; the client and the elements see no difference.
 */
export interface Source {
  readonly kind: 'bundle' | 'api';
  /** Whose column it is, the 1+N matrix and the sub-column links. */
  column(options?: RequestOptions): Promise<ColumnInfo>;
  /** The areas (领域), in catalogue order. */
  areas(options?: RequestOptions): Promise<Area[]>;
  /** The items of an area at one level: 一级 items without `parent`, else the children of `parent`. */
  items(area: string, parent?: string, options?: RequestOptions): Promise<CatalogueItem[]>;
  item(id: string, options?: RequestOptions): Promise<CatalogueItem>;
  /** An item's entries, newest first. */
  entries(item: string, query?: EntryQuery, options?: RequestOptions): Promise<EntryPage>;
  entry(id: string, options?: RequestOptions): Promise<DisclosureEntry>;
  policies(query?: PolicyQuery, options?: RequestOptions): Promise<PolicyDocument[]>;
  /** The digest of the latest disclosures (per-day and per-area counts, newest entries), for hall displays. */
  latest(options?: RequestOptions): Promise<LatestDigest>;
}

/** A jurisdiction with its data URLs made absolute against `base`, so a client can be made from them anywhere. */
export function withAbsoluteData<J extends Jurisdiction>(jurisdiction: J, base: string, hosts?: readonly string[]): J {
  const { data } = jurisdiction;
  if (!data) return jurisdiction;
  // A column on another host the site does not list is not followed, only linked to (columnUrl).
  const home = (url: string | undefined) => (url && isHomeUrl(url, base, hosts) ? new URL(url, base).href : undefined);
  const absolute: { src?: string; api?: string } = {};
  const src = home(data.src);
  const api = home(data.api);
  if (src) absolute.src = src;
  if (api) absolute.api = api;
  if (src || api) return { ...jurisdiction, data: absolute };
  const { data: _elsewhere, ...linked } = jurisdiction;
  return linked as J;
}

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 500;

/** Clamps paging arguments to what every source accepts. */
export function pageOf(query: EntryQuery): { offset: number; limit: number } {
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(query.limit ?? DEFAULT_PAGE)));
  return { offset, limit };
}
