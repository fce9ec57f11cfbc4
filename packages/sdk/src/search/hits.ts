/**
 * A hit as a page shows it, from the record a posting shard carries or, failing that, its record
 * chunk; a malformed record is said in the console and its hit left out.
 */
import type * as z from 'zod/mini';
import { excerpt } from './excerpt.js';
import type { IndexReader } from './query.js';
import { EntryRecord, GROUP_SPAN, INLINE_KEY, ItemRecord, type PostingShard, type SearchHit } from './schema.js';

/** `data` if it is what `schema` says, else undefined, with where and why in the console. */
export function checkedOr<S extends z.ZodMiniType>(schema: S, data: unknown, where: string): z.infer<S> | undefined {
  const result = schema.safeParse(data);
  if (!result.success) console.warn(`Invalid data at ${where}, left out:`, result.error.issues);
  return result.data;
}

/** The record of a hit (`key`: an entry's id as -1 - id) that one of the query's shards carries, if any. */
export function carriedIn(shards: Map<number, PostingShard>, key: number): Carried | undefined {
  const name = key < 0 ? `e${(-1 - key).toString(36)}` : `i${key.toString(36)}`;
  for (const [n, shard] of shards) {
    const records = shard[INLINE_KEY];
    if (records && typeof records === 'object' && Object.hasOwn(records, name))
      return { record: (records as Record<string, unknown>)[name], where: `search/p/${n}[${name}]` };
  }
  return undefined;
}

/** A record a posting shard carries, and where (for the console). */
export interface Carried {
  record: unknown;
  where: string;
}

export async function hitOf(reader: IndexReader, key: number, kind: SearchHit['kind'], words: string[], carried?: Carried): Promise<SearchHit | undefined> {
  const { meta } = reader;
  const entry = key < 0;
  const id = entry ? -1 - key : key;
  const g = Math.floor(id / GROUP_SPAN);
  const local = id % GROUP_SPAN;
  const group = meta.groups[g]!;
  const area = meta.areas[group.a]!;
  const chunk = Math.floor(local / meta.recordSize);
  const at = local % meta.recordSize;
  const jurisdiction = meta.jurisdictions.length > 1 ? { jurisdiction: meta.jurisdictions[group.j]! } : {};
  if (entry) {
    // A malformed copy in a shard is said, and the chunk's record read instead.
    const record =
      (carried && checkedOr(EntryRecord, carried.record, carried.where)) ??
      checkedOr(EntryRecord, (await reader.entries(g, chunk))[at], `search/r/e-${g}-${chunk}[${at}]`);
    if (!record) return undefined;
    const item = record.e.slice(0, record.e.lastIndexOf('~'));
    return {
      kind,
      area: area.id,
      item,
      itemName: record.p[record.p.length - 1] ?? item,
      path: [area.name, ...record.p],
      entry: record.e,
      text: record.t,
      date: record.d,
      ...jurisdiction,
    };
  }
  // A shard's copy holds a snippet only where its word matched the element text: an element hit
  // without one reads the chunk.
  let record = carried && checkedOr(ItemRecord, carried.record, carried.where);
  let snippet = record?.x;
  if (!record || (kind === 'element' && !snippet)) {
    record = checkedOr(ItemRecord, (await reader.items(g, chunk))[at], `search/r/i-${g}-${chunk}[${at}]`);
    snippet = record && excerpt(record.x ?? '', words);
  }
  if (!record) return undefined;
  const hit: SearchHit = {
    kind,
    area: area.id,
    item: record.i,
    itemName: record.n,
    path: [area.name, ...record.p, record.n],
    text: record.n,
    ...(record.d ? { updated: record.d } : {}),
    ...jurisdiction,
  };
  if (kind === 'element') hit.snippet = snippet ?? '';
  return hit;
}
