import { BundleItem, LatestDigest, type AreaShard, type BundleManifest } from '../schemas/bundle.js';
import { DisclosureEntry } from '../schemas/entry.js';
import { Jurisdiction, PolicyDocument } from '../schemas/jurisdiction.js';
import { checked, ChunkFile, ManifestFile, PolicyFile, ShardFile, type SkippedRecords } from './records.js';
import type { Area, CatalogueItem } from '../schemas/catalogue.js';
import type { EntryPage } from '../schemas/entry.js';
import { NotFoundError } from '../errors.js';
import type { RequestOptions, Transport } from '../transport.js';
import { pageOf, withAbsoluteData, type EntryQuery, type PolicyQuery, type Source } from './source.js';

/** The area a bundle item id belongs to: ids are `area:local`. */
export function areaOfItem(id: string): string {
  const colon = id.indexOf(':');
  return colon > 0 ? id.slice(0, colon) : '';
}

/** The item an entry id belongs to: entry ids are `item~n`. */
export function itemOfEntry(id: string): string {
  const tilde = id.lastIndexOf('~');
  return tilde > 0 ? id.slice(0, tilde) : '';
}

/**
 * Reads a static bundle: the manifest first, then each area's shard and each item's entry
 * chunks only when they are asked for. Paths resolve against the manifest's URL.
 */
export class BundleSource implements Source {
  readonly kind = 'bundle';
  readonly #manifestUrl: string;
  readonly #http: Transport;
  readonly #report: ((skipped: SkippedRecords) => void) | undefined;
  /** How many malformed entries each chunk read so far held, by URL. */
  readonly #skipped = new Map<string, number>();

  /** `report` hears of each file's malformed records, once per file read. */
  constructor(src: string, http: Transport, report?: (skipped: SkippedRecords) => void) {
    this.#manifestUrl = new URL(src, globalThis.location?.href).href;
    this.#http = http;
    this.#report = report;
  }

  async manifest(options?: RequestOptions): Promise<BundleManifest> {
    const file = await this.#http.get(this.#manifestUrl, ManifestFile, options);
    return {
      ...file,
      ...(file.jurisdictions ? { jurisdictions: this.#checked(file.jurisdictions, Jurisdiction, 'jurisdictions', this.#manifestUrl) } : {}),
    } as BundleManifest;
  }

  async column(options?: RequestOptions) {
    const { jurisdiction, jurisdictions, hosts, links, counts, search, lexicon } = await this.manifest(options);
    return {
      jurisdiction,
      jurisdictions: jurisdictions?.map((j) => withAbsoluteData(j, this.#manifestUrl, hosts)),
      hosts,
      links,
      counts,
      ...(search ? { search: this.#resolve(search) } : {}),
      ...(lexicon ? { lexicon: this.#resolve(lexicon) } : {}),
    };
  }

  async latest(options?: RequestOptions): Promise<LatestDigest> {
    const { latest } = await this.manifest(options);
    if (!latest) throw new NotFoundError(this.#manifestUrl, 404);
    // Content-hashed: never revalidated, only the manifest is.
    return this.#http.get(this.#resolve(latest), LatestDigest, options?.signal ? { signal: options.signal } : {});
  }

  async areas(options?: RequestOptions): Promise<Area[]> {
    const manifest = await this.manifest(options);
    return manifest.areas.map(({ shard: _shard, ...area }) => area);
  }

  async items(area: string, parent?: string, options?: RequestOptions): Promise<CatalogueItem[]> {
    const shard = await this.#shard(area, options);
    return shard.items.filter((item) => item.parent === parent).map(withoutChunks);
  }

  async item(id: string, options?: RequestOptions): Promise<CatalogueItem> {
    return withoutChunks(await this.#bundleItem(id, options));
  }

  async entries(itemId: string, query: EntryQuery = {}, options?: RequestOptions): Promise<EntryPage> {
    const { offset, limit } = pageOf(query);
    const [manifest, item] = await Promise.all([this.manifest(options), this.#bundleItem(itemId, options)]);
    const chunks = item.entryChunks ?? [];
    const filtered = Boolean(query.stage || query.q);
    if (!filtered) {
      // Entries are chunked newest first at a fixed size: read only the chunks the page spans. A
      // chunk's malformed entries, once read, are left out of the count and the positions; in a
      // chunk not yet read they are not known, so a page far ahead may shift by them.
      const raw = item.entryCount ?? 0;
      const skipped = (path: string) => this.#skipped.get(this.#resolve(path)) ?? 0;
      let first = 0;
      let start = offset;
      for (
        let size;
        first < chunks.length && start >= (size = Math.min(manifest.chunkSize, raw - first * manifest.chunkSize) - skipped(chunks[first]!));
        first++
      )
        start -= size;
      // A page rarely spans two chunks; entries found malformed just now are made up from the next.
      const entries: DisclosureEntry[] = [];
      for (let next = first; entries.length < start + limit && next < chunks.length; next++)
        entries.push(...(await this.#chunk(chunks[next]!, options)).entries);
      return { item: itemId, total: chunks.reduce((total, path) => total - skipped(path), raw), offset, limit, entries: entries.slice(start, start + limit) };
    }
    const all = (await Promise.all(chunks.map((path) => this.#chunk(path, options)))).flatMap((chunk) => chunk.entries);
    const needle = query.q?.trim().toLowerCase();
    const matches = all.filter(
      (entry) =>
        (!query.stage || entry.stage === query.stage) &&
        (!needle || [entry.title, entry.docNo, entry.indexNo].some((field) => field?.toLowerCase().includes(needle))),
    );
    return { item: itemId, total: matches.length, offset, limit, entries: matches.slice(offset, offset + limit) };
  }

  async entry(id: string, options?: RequestOptions): Promise<DisclosureEntry> {
    const item = await this.#bundleItem(itemOfEntry(id), options).catch(() => undefined);
    for (const path of item?.entryChunks ?? []) {
      const found = (await this.#chunk(path, options)).entries.find((entry) => entry.id === id);
      if (found) return found;
    }
    throw new NotFoundError(`${this.#manifestUrl}#entry=${id}`, 404);
  }

  async policies(query: PolicyQuery = {}, options?: RequestOptions) {
    const manifest = await this.manifest(options);
    if (!manifest.policies) return [];
    const url = this.#resolve(manifest.policies);
    const policies = this.#checked((await this.#http.get(url, PolicyFile, options)).policies, PolicyDocument, 'policies', url);
    return policies.filter((policy) => (!query.level || policy.level === query.level) && (!query.area || policy.area === query.area));
  }

  async #shard(areaId: string, options?: RequestOptions): Promise<AreaShard> {
    const manifest = await this.manifest(options);
    const area = manifest.areas.find((candidate) => candidate.id === areaId);
    if (!area) throw new NotFoundError(`${this.#manifestUrl}#area=${areaId}`, 404);
    const url = this.#resolve(area.shard);
    const shard = await this.#http.get(url, ShardFile, options);
    return { ...shard, items: this.#checked(shard.items, BundleItem, 'items', url) };
  }

  async #bundleItem(id: string, options?: RequestOptions): Promise<BundleItem> {
    const shard = await this.#shard(areaOfItem(id), options);
    const item = shard.items.find((candidate) => candidate.id === id);
    if (!item) throw new NotFoundError(`${this.#manifestUrl}#item=${id}`, 404);
    return item;
  }

  #chunk(path: string, options?: RequestOptions) {
    const url = this.#resolve(path);
    return this.#http.get(url, ChunkFile, options).then((chunk) => {
      const entries = this.#checked(chunk.entries, DisclosureEntry, 'entries', url);
      if (entries.length < chunk.entries.length) this.#skipped.set(url, chunk.entries.length - entries.length);
      return { ...chunk, entries };
    });
  }

  #checked<S extends Parameters<typeof checked>[1]>(records: unknown[], schema: S, list: SkippedRecords['list'], url: string) {
    return checked(records, schema, list, url, this.#report);
  }

  #resolve(path: string): string {
    return new URL(path, this.#manifestUrl).href;
  }
}

function withoutChunks({ entryChunks: _chunks, ...item }: BundleItem): CatalogueItem {
  return item;
}
