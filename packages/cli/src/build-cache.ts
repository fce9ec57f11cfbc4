/**
 * What `gov-disclosure build` keeps between builds to rebuild fast: the search postings of each
 * group (one area of one jurisdiction), by a hash of all they are made from (see `SearchMemo`).
 * A rebuild after one entry changed tokenises that entry's area again, not 200,000 titles.
 *
 * The cache is a file outside the bundle (it is not for the web host): by default in
 * `node_modules/.cache/gov-disclosure/` where the build runs, as other build tools keep theirs,
 * else in the system's temporary folder; one file per bundle folder. A cache that cannot be read is
 * ignored (the build then makes everything), and one that cannot be written is not kept.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { FIELDS, type GroupPostings, type SearchMemo } from '@gov-disclosure/sdk/bundle';

export interface BuildCache {
  memo: SearchMemo;
  /** Keeps what this build used (and nothing older) for the next one. */
  save(): Promise<void>;
}

/** The folder the cache goes in: `--cache`, else `node_modules/.cache/gov-disclosure` of the working folder, else the temporary folder's. */
export function cacheFolder(option: string | undefined): string {
  if (option) return resolve(option);
  const modules = resolve('node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'gov-disclosure') : join(tmpdir(), 'gov-disclosure-cache');
}

/** A memo's value as `pack` makes it (a file from another version is otherwise used as if it were). */
function isPacked(value: unknown): value is GroupPostings {
  const v = value as GroupPostings | undefined;
  return Array.isArray(v?.terms) && v.ends instanceof Uint32Array && v.ids instanceof Uint32Array && v.ends.length === v.terms.length * FIELDS;
}

export async function openBuildCache(folder: string, out: string): Promise<BuildCache> {
  const file = join(folder, `search-${createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16)}.v8`);
  const before = await readFile(file)
    .then((bytes) => deserialize(bytes) as unknown)
    .then((value) => new Map([...(value instanceof Map ? value : [])].filter(([key, postings]) => typeof key === 'string' && isPacked(postings))))
    .catch(() => new Map<string, GroupPostings>());
  const after = new Map<string, GroupPostings>();
  return {
    memo: {
      get: (key) => {
        const postings = before.get(key);
        if (postings) after.set(key, postings);
        return postings;
      },
      set: (key, postings) => void after.set(key, postings),
    },
    async save() {
      try {
        await mkdir(folder, { recursive: true });
        await writeFile(`${file}.tmp`, serialize(after));
        await rename(`${file}.tmp`, file);
      } catch {
        // A cache is an aid: a build that cannot keep one has still built.
      }
    },
  };
}
