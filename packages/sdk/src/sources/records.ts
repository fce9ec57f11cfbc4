/**
 * Records that can stand alone — a jurisdiction of the matrix, a policy, an item of an area's
 * shard, an entry of a chunk — are checked one by one when a bundle is read: a malformed one is
 * left out, said in the console with its file and place, and counted on the list (`skippedOf`),
 * so that one bad record never blanks what holds it. A file that is not what it claims to be (a
 * manifest that is not a manifest) still fails whole.
 */
import * as z from 'zod/mini';
import { AreaShard, BundleManifest, EntryChunk, PolicyList } from '../schemas/bundle.js';

const SKIPPED = Symbol('skipped');

/** How many records of a list read from a bundle were malformed and left out. */
export function skippedOf(list: readonly unknown[] | undefined): number {
  return (list as { [SKIPPED]?: number } | undefined)?.[SKIPPED] ?? 0;
}

/** `to`, a list made from `from` (mapped, filtered), still counting what `from` left out. */
export function keepSkipped<T extends unknown[]>(from: readonly unknown[] | undefined, to: T): T {
  const skipped = skippedOf(from);
  if (skipped) Object.defineProperty(to, SKIPPED, { value: skipped });
  return to;
}

const checkedLists = new WeakMap<unknown[], unknown[]>();

/** The records of `list` that are what `schema` says, once per list (the transport caches files). */
export function checked<S extends z.ZodMiniType>(list: unknown[], schema: S, where: string): z.infer<S>[] {
  let kept = checkedLists.get(list);
  if (!kept) {
    kept = [];
    for (const [index, value] of list.entries()) {
      const result = schema.safeParse(value);
      if (result.success) kept.push(result.data);
      else console.warn(`gov-disclosure: ${where}[${index}] is malformed and left out:`, result.error.issues);
    }
    if (kept.length < list.length) Object.defineProperty(kept, SKIPPED, { value: list.length - kept.length });
    checkedLists.set(list, kept);
  }
  return kept as z.infer<S>[];
}

const records = z.array(z.unknown());

/** The files as read: their record lists still unchecked, each record checked by `checked`. */
export const ManifestFile = z.object({ ...BundleManifest.shape, jurisdictions: z.optional(records) });
export const PolicyFile = z.object({ ...PolicyList.shape, policies: records });
export const ShardFile = z.object({ ...AreaShard.shape, items: records });
export const ChunkFile = z.object({ ...EntryChunk.shape, entries: records });
