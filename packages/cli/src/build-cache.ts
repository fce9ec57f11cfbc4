/**
 * What `gov-disclosure build` keeps between builds to rebuild fast: the search postings of each
 * group (one area of one jurisdiction), by a hash of all they are made from, and the shards (see
 * `SearchMemo`); and which items' entries the check left as they were (`CheckedMemo`).
 * A rebuild after one entry changed tokenises that entry's area again, not 200,000 titles.
 *
 * The cache is a file outside the bundle (it is not for the web host): by default in
 * `node_modules/.cache/gov-disclosure/` where the build runs, as other build tools keep theirs,
 * else in the system's temporary folder; one file per bundle folder, removed 30 days after its last
 * build. A cache that cannot be read is ignored (the build then makes everything), and one that
 * cannot be written is not kept. It also keeps the last build's search shards, so that only those
 * holding a changed word are made again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { FIELDS, type GroupMemo, type LastShards, type SearchMemo } from '@gov-disclosure/sdk/bundle';
import type { CheckedMemo } from './read/catalogue-json.js';

export interface BuildCache {
  memo: SearchMemo;
  /** The entry groups the last build found the check leaves as they are (see read/catalogue-json.ts). */
  checked: CheckedMemo;
  /** Keeps what this build used (and nothing older) for the next one. */
  save(): Promise<void>;
}

/** The folder the cache goes in: `--cache`, else `node_modules/.cache/gov-disclosure` of the working folder, else the temporary folder's. */
export function cacheFolder(option: string | undefined): string {
  if (option) return resolve(option);
  const modules = resolve('node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'gov-disclosure') : join(tmpdir(), 'gov-disclosure-cache');
}

/** A group as a build keeps it (a file from another version is otherwise used as if it were). */
function isGroup(value: unknown): value is GroupMemo {
  const v = value as GroupMemo | undefined;
  const p = v?.postings;
  return (
    !!p &&
    Array.isArray(p.terms) &&
    p.ends instanceof Uint32Array &&
    p.ids instanceof Uint32Array &&
    p.ends.length === p.terms.length * FIELDS &&
    Array.isArray(v.digests?.items) &&
    Array.isArray(v.digests?.entries)
  );
}

/** What the cache file holds: the groups by key, their keys in the last build's order, and its shards. */
interface Kept {
  version: 1;
  groups: Map<string, GroupMemo>;
  order: string[];
  shards: LastShards | undefined;
  checked: Set<string>;
}

const nothingKept = (): Kept => ({ version: 1, groups: new Map(), order: [], shards: undefined, checked: new Set() });

async function readKept(file: string): Promise<Kept> {
  const empty = nothingKept();
  try {
    const read = deserialize(await readFile(file)) as Partial<Kept>;
    if (read.version !== 1 || !(read.groups instanceof Map) || !Array.isArray(read.order)) return empty;
    const groups = new Map([...read.groups].filter(([key, group]) => typeof key === 'string' && isGroup(group)));
    const shards = read.shards && read.shards.termBytes instanceof Map && Array.isArray(read.shards.shards) ? read.shards : undefined;
    const checked = read.checked instanceof Set ? read.checked : new Set<string>();
    return { version: 1, groups, order: read.order, shards, checked };
  } catch {
    return empty;
  }
}

/** Days a bundle folder's cache is kept after its last build (a folder built once, as by a test, leaves none behind for long). */
const KEEP_DAYS = 30;

async function prune(folder: string): Promise<void> {
  const before = Date.now() - KEEP_DAYS * 86_400_000;
  for (const name of await readdir(folder)) {
    if (!/^search-[0-9a-f]{16}\.v8$/.test(name)) continue;
    const { mtimeMs } = await stat(join(folder, name));
    if (mtimeMs < before) await rm(join(folder, name), { force: true });
  }
}

export async function openBuildCache(folder: string, out: string): Promise<BuildCache> {
  const file = join(folder, `search-${createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16)}.v8`);
  const before = await readKept(file);
  const after = nothingKept();
  return {
    checked: {
      has: (hash) => before.checked.has(hash),
      add: (hash) => void after.checked.add(hash),
    },
    memo: {
      get: (key) => {
        const group = before.groups.get(key);
        if (group) after.groups.set(key, group);
        return group;
      },
      set: (key, group) => void after.groups.set(key, group),
      last: (g) => before.groups.get(before.order[g] ?? ''),
      lastCount: () => before.order.length,
      lastShards: () => before.shards,
      setShards: (shards) => void (after.shards = shards),
    },
    async save() {
      // The groups in the order this build used them (a Map keeps the order they were first set or found in).
      after.order = [...after.groups.keys()];
      try {
        await mkdir(folder, { recursive: true });
        await writeFile(`${file}.tmp`, serialize(after));
        await rename(`${file}.tmp`, file);
        await prune(folder);
      } catch {
        // A cache is an aid: a build that cannot keep one has still built.
      }
    },
  };
}
