import { createHash } from 'node:crypto';
import type { BundleArea, BundleItem, BundleManifest, LatestDigest } from '../schemas/bundle.js';
import { Catalogue, type RawCatalogue } from '../schemas/catalogue-document.js';
import { normaliseItem, normalisePolicy } from '../standard/normalise.js';
import type { Area } from '../schemas/catalogue.js';
import type { DisclosureEntry } from '../schemas/entry.js';
import { DisclosureError } from '../errors.js';
import { STANDARD_AREAS } from '../standard/areas.js';
import { areaOfItem, itemOfEntry } from '../sources/bundle.js';
import { validate } from '../validate.js';
import { buildSearch, type IndexSource, type SearchBuildOptions } from '../search/build.js';
import { foldTable } from '../search/text.js';
import { topK } from '../search/rank.js';
import { T2S } from './t2s-table.js';

export interface BuildOptions {
  /** Entries per chunk file. Default 500. */
  chunkSize?: number;
  /** The manifest's `generatedAt`; fixed for reproducible builds. Default now. */
  generatedAt?: string;
  /** Write the full-text search index (default true); or how long an entry list may grow before it is split (see `SearchBuildOptions.tails`). */
  search?: boolean | Pick<SearchBuildOptions, 'tails' | 'memo'>;
  /**
   * Other columns of the "1+N" matrix (a city's counties) to merge into this bundle's search index,
   * so that a search over the matrix downloads one index; their hits carry their jurisdiction.
   */
  matrix?: readonly RawCatalogue[];
}

/** A built bundle: file contents by path relative to the manifest. */
export interface BuiltBundle {
  manifest: BundleManifest;
  files: Map<string, string>;
  /** The catalogue as checked, and each area's items as the bundle lists them (for the static pages). */
  catalogue: Catalogue;
  items: Map<string, BundleItem[]>;
  /** Each item's entries, newest first. */
  entries: Map<string, DisclosureEntry[]>;
}

/** `name.hash.json`: content-addressed names can be cached for a year by any host. */
export function hashedName(stem: string, content: string): string {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
  return `${stem}.${hash}.json`;
}

/**
 * Turns a catalogue into the static bundle the SDK reads: a manifest, one shard per area with
 * every level of its items, and each item's entries in chunks, newest first. Item ids must be
 * `area:local` and entry ids `item~n`, which is how the bundle source finds them without an index.
 */
export function buildBundle(input: RawCatalogue, options: BuildOptions = {}): BuiltBundle {
  const catalogue = validate(Catalogue, {
    ...input,
    items: input.items.map(normaliseItem),
    ...(input.policies ? { policies: input.policies.map(normalisePolicy) } : {}),
  });
  return buildCheckedBundle(catalogue, options);
}

/** `buildBundle` of a catalogue already checked against the `Catalogue` schema (the CLI checks it as it reads it, to say what is wrong by path). */
export function buildCheckedBundle(catalogue: Catalogue, options: BuildOptions = {}): BuiltBundle {
  const chunkSize = options.chunkSize ?? 500;
  const files = new Map<string, string>();
  const put = (stem: string, data: unknown) => {
    const content = JSON.stringify(data);
    const name = hashedName(stem, content);
    files.set(name, content);
    return name;
  };

  const entriesByItem = new Map<string, DisclosureEntry[]>();
  const itemIds = new Set(catalogue.items.map((item) => item.id));
  for (const entry of catalogue.entries ?? []) {
    if (!itemIds.has(entry.item)) throw new DisclosureError(`Entry ${entry.id} belongs to unknown item ${entry.item}`, { code: 'validation' });
    if (itemOfEntry(entry.id) !== entry.item) throw new DisclosureError(`Entry id ${entry.id} must be "${entry.item}~n"`, { code: 'validation' });
    const list = entriesByItem.get(entry.item) ?? [];
    list.push(entry);
    entriesByItem.set(entry.item, list);
  }

  const childCount = new Map<string, number>();
  for (const item of catalogue.items) {
    if (areaOfItem(item.id) !== item.area) throw new DisclosureError(`Item id ${item.id} must start with its area, "${item.area}:"`, { code: 'validation' });
    if (item.parent) childCount.set(item.parent, (childCount.get(item.parent) ?? 0) + 1);
  }

  const itemsByArea = new Map<string, BundleItem[]>();
  for (const item of catalogue.items) {
    const entries = (entriesByItem.get(item.id) ?? []).sort(newestFirst);
    const entryChunks: string[] = [];
    for (let start = 0; start < entries.length; start += chunkSize) {
      entryChunks.push(put(`entries/${safeStem(item.id)}-${start / chunkSize}`, { item: item.id, entries: entries.slice(start, start + chunkSize) }));
    }
    const built: BundleItem = { ...item, childCount: childCount.get(item.id) ?? 0, entryCount: entries.length };
    if (entries[0]) built.latestEntryAt = entries[0].publishedAt;
    if (entryChunks.length) built.entryChunks = entryChunks;
    const list = itemsByArea.get(item.area) ?? [];
    list.push(built);
    itemsByArea.set(item.area, list);
  }

  const declared = new Map((catalogue.areas ?? []).map((area) => [area.id, area]));
  const standard: Area[] = STANDARD_AREAS.map((area) => ({ ...area, aliases: [...area.aliases], ...declared.get(area.id) }));
  const custom = [...declared.values(), ...[...itemsByArea.keys()].map((id) => ({ id, name: id }))].filter(
    (area, index, all) => !STANDARD_AREAS.some((s) => s.id === area.id) && all.findIndex((a) => a.id === area.id) === index,
  );

  const areas: BundleArea[] = [...standard, ...custom].map((area) => {
    const items = (itemsByArea.get(area.id) ?? []).sort(byCatalogueOrder);
    return {
      ...area,
      itemCount: items.length,
      entryCount: items.reduce((sum, item) => sum + (item.entryCount ?? 0), 0),
      shard: put(`areas/${safeStem(area.id)}`, { area: area.id, items }),
    };
  });

  const manifest: BundleManifest = {
    format: 'gov-disclosure-bundle',
    version: 1,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    jurisdiction: catalogue.jurisdiction,
    ...(catalogue.jurisdictions ? { jurisdictions: catalogue.jurisdictions } : {}),
    ...(catalogue.hosts?.length ? { hosts: catalogue.hosts } : {}),
    areas,
    chunkSize,
    ...(catalogue.links ? { links: catalogue.links } : {}),
    ...(catalogue.policies?.length ? { policies: put('policies', { policies: catalogue.policies }) } : {}),
    counts: { items: catalogue.items.length, entries: catalogue.entries?.length ?? 0 },
  };
  if (options.search !== false) {
    const matrix = (options.matrix ?? [])
      .filter((other) => other.jurisdiction.code !== catalogue.jurisdiction.code)
      .map((other) => validate(Catalogue, { ...other, items: other.items.map(normaliseItem) }));
    const built = buildSearch([indexSource(catalogue, areas), ...matrix.map((other) => indexSource(other, areas))], {
      fold: foldOnce(),
      ...(catalogue.synonyms ? { synonyms: catalogue.synonyms } : {}),
      ...(typeof options.search === 'object' ? options.search : {}),
    });
    for (const [path, content] of built.files) files.set(path, content);
    manifest.search = built.meta;
    manifest.lexicon = built.lexicon;
  }
  manifest.latest = put('latest', latestDigest(areas, catalogue.entries ?? [], manifest.generatedAt));
  files.set('manifest.json', JSON.stringify(manifest));
  return { manifest, files, catalogue, items: itemsByArea, entries: entriesByItem };
}

let fold: ReturnType<typeof foldTable> | undefined;
/** The 繁→简 table, read on first use. */
const foldOnce = () => (fold ??= foldTable(T2S));

function indexSource(catalogue: import('../schemas/catalogue-document.js').Catalogue, areas: readonly { id: string; name: string }[]): IndexSource {
  return { jurisdiction: catalogue.jurisdiction, areas, items: catalogue.items, entries: catalogue.entries ?? [] };
}

/** How many of each area's newest entries the digest holds: a hall board shows one area at a time and has room for 8. */
const LATEST_PER_AREA = 8;

/** The digest of the latest disclosures: per-day counts for 31 days, area counts, the newest entries (30, and each area's newest 8). */
export function latestDigest(
  areas: readonly { id: string; name: string; entryCount?: number | undefined }[],
  entries: readonly DisclosureEntry[],
  generatedAt: string,
): LatestDigest {
  const end = new Date(`${generatedAt.slice(0, 10)}T00:00:00Z`);
  const days: LatestDigest['days'] = [];
  const perDay = new Map<string, number>();
  for (const entry of entries) perDay.set(entry.publishedAt, (perDay.get(entry.publishedAt) ?? 0) + 1);
  for (let i = 30; i >= 0; i--) {
    const date = new Date(end.getTime() - i * 86_400_000).toISOString().slice(0, 10);
    days.push({ date, count: perDay.get(date) ?? 0 });
  }
  // The newest 30 and each area's newest 8, picked without sorting 200,000 entries.
  const better = (a: number, b: number) => newestFirst(entries[a]!, entries[b]!) < 0;
  const all = entries.map((_, i) => i);
  const picked = new Set(topK(all, 30, better).map((i) => entries[i]!));
  const byArea = new Map<string, number[]>();
  for (const i of all) {
    const area = areaOfItem(entries[i]!.item);
    const list = byArea.get(area);
    if (list) list.push(i);
    else byArea.set(area, [i]);
  }
  for (const list of byArea.values()) for (const i of topK(list, LATEST_PER_AREA, better)) picked.add(entries[i]!);
  return {
    // The day, not the moment: a rebuild on the same day with the same entries writes nothing new.
    generatedAt: `${generatedAt.slice(0, 10)}T00:00:00Z`,
    days,
    areas: areas.filter((a) => (a.entryCount ?? 0) > 0).map((a) => ({ id: a.id, name: a.name, entries: a.entryCount ?? 0 })),
    entries: [...picked].sort(newestFirst).map((e) => ({ id: e.id, title: e.title, publishedAt: e.publishedAt, item: e.item, area: areaOfItem(e.item) })),
  };
}

function newestFirst(a: DisclosureEntry, b: DisclosureEntry): number {
  return a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : a.id < b.id ? 1 : -1;
}

function byCatalogueOrder(a: BundleItem, b: BundleItem): number {
  return a.level - b.level || (a.seq ?? 0) - (b.seq ?? 0) || (a.id < b.id ? -1 : 1);
}

function safeStem(id: string): string {
  return id.replace(/[^\w.-]/g, '_');
}
