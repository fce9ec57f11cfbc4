import * as z from 'zod/mini';
import { Area, CatalogueItem } from './catalogue.js';
import { Id, int, isoDate, isoDateTime, positiveInt, safeUrl, text } from './common.js';
import { DisclosureEntry } from './entry.js';
import { Jurisdiction, PolicyDocument } from './jurisdiction.js';

/**
 * The static bundle: a manifest plus per-area shards of JSON that any static host, CMS file area
 * or CDN can serve. Paths in it are relative to the manifest and carry a content hash, so that
 * every file but the manifest can be cached for a long time.
 */

/** The standard sub-columns of a 政府信息公开 column (专栏导航), as links the site sets. */
export const ColumnLinks = z.object({
  /** 政府信息公开指南. */
  guide: z.optional(safeUrl()),
  /** 政府信息公开制度. */
  rules: z.optional(safeUrl()),
  /** 法定主动公开内容. */
  statutory: z.optional(safeUrl()),
  /** 政府信息公开工作年度报告. */
  annualReports: z.optional(safeUrl()),
  /** 我要办: the online service hall (政务服务网) where the column's services are done. */
  services: z.optional(safeUrl()),
  /** 依申请公开: the page with the application form. */
  request: z.optional(safeUrl()),
  /** 我要评: the page where citizens rate the office and leave messages (互动交流). */
  interaction: z.optional(safeUrl()),
});

/** An area as the manifest lists it, with the path of its shard. */
export const BundleArea = z.object({
  ...Area.shape,
  shard: safeUrl(),
});

/**
 * Hosts besides the data's own origin that the column may load images from and switch columns to
 * (the site's CDN, the city's server). Anything else is only linked to.
 */
export const Hosts = z.array(z.string().check(z.regex(/^[a-z\d.-]+(:\d+)?$/i)));

export const BundleManifest = z.object({
  format: z.literal('gov-disclosure-bundle'),
  version: z.literal(1),
  generatedAt: isoDateTime(),
  /** The jurisdiction whose column this is. */
  jurisdiction: Jurisdiction,
  /** The "1+N" matrix the disclosure map draws: this jurisdiction and its neighbours. */
  jurisdictions: z.optional(z.array(Jurisdiction)),
  hosts: z.optional(Hosts),
  areas: z.array(BundleArea),
  /** Path of the policy list. */
  policies: z.optional(safeUrl()),
  /** How many entries each entry chunk holds (the last may hold fewer). */
  chunkSize: positiveInt(),
  /** Path of the search index's meta (`search/meta.<hash>.json`); the index is sharded under `search/`. */
  search: z.optional(safeUrl()),
  /** Path of the search lexicon: synonyms and the 繁→简 table (the tree filter reads it too). */
  lexicon: z.optional(safeUrl()),
  links: z.optional(ColumnLinks),
  /** Totals over the bundle. */
  counts: z.optional(z.object({ items: int(), entries: int() })),
  /** Path of the digest of the latest disclosures (LED boards, kiosks). */
  latest: z.optional(safeUrl()),
});

/** A catalogue item inside a shard, with the paths of its entry chunks (newest first). */
export const BundleItem = z.object({
  ...CatalogueItem.shape,
  entryChunks: z.optional(z.array(safeUrl())),
});

/** All catalogue items of one area, every level. */
export const AreaShard = z.object({
  area: Id,
  items: z.array(BundleItem),
});

/** A chunk of one item's entries, newest first. */
export const EntryChunk = z.object({
  item: Id,
  entries: z.array(DisclosureEntry),
});

export const PolicyList = z.object({
  policies: z.array(PolicyDocument),
});

/** An entry as the digest lists it: enough for a hall display. */
export const LatestEntry = z.object({
  id: Id,
  title: text(500),
  publishedAt: isoDate(),
  item: Id,
  area: Id,
});

/**
 * The latest disclosures, for LED boards and kiosks: what was published each day of the last 31
 * days, the entry count of every area, and the newest entries (the newest overall and the newest of
 * each area), newest first. Small, so that a hall display can poll it.
 */
export const LatestDigest = z.object({
  generatedAt: isoDateTime(),
  days: z.array(z.object({ date: isoDate(), count: int() })),
  areas: z.array(z.object({ id: Id, name: text(100), entries: int() })),
  entries: z.array(LatestEntry),
});

/** What a column shows before any area is opened: whose column it is, its matrix and links. */
export const ColumnInfo = z.object({
  jurisdiction: Jurisdiction,
  /** The search index's meta (bundle sources); API sources search on the server. */
  search: z.optional(safeUrl()),
  /** The search lexicon (bundle sources). */
  lexicon: z.optional(safeUrl()),
  jurisdictions: z.optional(z.array(Jurisdiction)),
  hosts: z.optional(Hosts),
  links: z.optional(ColumnLinks),
  counts: z.optional(z.object({ items: int(), entries: int() })),
});

/** The API's list answers. */
export const AreaList = z.object({ areas: z.array(Area) });
export const ItemList = z.object({ items: z.array(CatalogueItem) });

export type ColumnLinks = z.infer<typeof ColumnLinks>;
export type BundleArea = z.infer<typeof BundleArea>;
export type BundleManifest = z.infer<typeof BundleManifest>;
export type BundleItem = z.infer<typeof BundleItem>;
export type AreaShard = z.infer<typeof AreaShard>;
export type EntryChunk = z.infer<typeof EntryChunk>;
export type PolicyList = z.infer<typeof PolicyList>;
export type ColumnInfo = z.infer<typeof ColumnInfo>;
export type LatestEntry = z.infer<typeof LatestEntry>;
export type LatestDigest = z.infer<typeof LatestDigest>;
