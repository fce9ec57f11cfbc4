/**
 * Records that can stand alone — a jurisdiction of the matrix, a policy, an item of an area's
 * shard, an entry of a chunk — are checked one by one when a bundle is read: a malformed one is
 * left out, said in the console with its file and place, and reported once to the client's
 * `onSkipped` listeners, so that one bad record never blanks what
 * holds it. A file that is not what it claims to be (a
 * manifest that is not a manifest) still fails whole.
 */
import * as z from 'zod/mini';
import { AreaShard, BundleManifest, EntryChunk, PolicyList } from '../schemas/bundle.js';

/** Malformed records a file held, left out when it was read. */
export interface SkippedRecords {
  /** The list they were in: `jurisdictions`, `policies`, `items` (of an area's shard) or `entries` (of a chunk). */
  list: 'jurisdictions' | 'policies' | 'items' | 'entries';
  /** The file. */
  url: string;
  /** How many were left out. */
  count: number;
}

const checkedLists = new WeakMap<unknown[], unknown[]>();

/**
 * The records of `list` that are what `schema` says, once per list (the transport caches files);
 * what was left out goes to `report`, once.
 */
export function checked<S extends z.ZodMiniType>(
  records: unknown[],
  schema: S,
  list: SkippedRecords['list'],
  url: string,
  report?: (skipped: SkippedRecords) => void,
): z.infer<S>[] {
  let kept = checkedLists.get(records);
  if (!kept) {
    kept = [];
    for (const [index, value] of records.entries()) {
      const result = schema.safeParse(value);
      if (result.success) kept.push(result.data);
      else console.warn(`gov-disclosure: ${url} ${list}[${index}] is malformed and left out:`, result.error.issues);
    }
    checkedLists.set(records, kept);
    const count = records.length - kept.length;
    if (count) report?.({ list, url, count });
  }
  return kept as z.infer<S>[];
}

const records = z.array(z.unknown());

/** The files as read: their record lists still unchecked, each record checked by `checked`. */
export const ManifestFile = z.object({ ...BundleManifest.shape, jurisdictions: z.optional(records) });
export const PolicyFile = z.object({ ...PolicyList.shape, policies: records });
export const ShardFile = z.object({ ...AreaShard.shape, items: records });
export const ChunkFile = z.object({ ...EntryChunk.shape, entries: records });
