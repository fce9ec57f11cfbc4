import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { BuiltBundle } from './build.js';

export interface WriteResult {
  written: number;
  unchanged: number;
  removed: number;
  bytes: number;
}

/**
 * Writes a built bundle to a folder, incrementally: a content-hashed file that is already there
 * is left alone, and files the new manifest no longer names are removed.
 */
export async function writeBundle(bundle: BuiltBundle, dir: string): Promise<WriteResult> {
  const result: WriteResult = { written: 0, unchanged: 0, removed: 0, bytes: 0 };
  const existing = new Set(await listFiles(dir));
  const made = new Set<string>();
  for (const [path, content] of bundle.files) {
    const target = join(dir, path);
    result.bytes += Buffer.byteLength(content);
    const folder = dirname(target);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    if (path !== 'manifest.json' && existing.has(path)) {
      result.unchanged++;
    } else {
      await writeFile(target, content);
      result.written++;
    }
    existing.delete(path);
  }
  for (const stale of existing) {
    // Content-named files only: \`name.<hash>.json\`, the search index's \`<n>.<hash>.json\` and its tails' \`t/<hash>.json\`.
    if (/\.[0-9a-f]{12}\.json$/.test(stale) || /^search\/.*\.[\w-]{4}\.json$/.test(stale) || /^search\/t\/[\w-]{12}\.json$/.test(stale)) {
      await rm(join(dir, stale));
      result.removed++;
    }
  }
  return result;
}

/** The folders a bundle writes below its root (the static pages beside them, 200,000 files, are not listed). */
const FOLDERS = ['areas', 'entries', 'search'];

/** The bundle's files already in `dir`: its top level's and its own folders'. */
async function listFiles(dir: string): Promise<string[]> {
  const exists = await stat(dir).catch(() => undefined);
  if (!exists) return [];
  const top = await readdir(dir, { withFileTypes: true });
  const files = top.filter((entry) => entry.isFile()).map((entry) => entry.name);
  for (const folder of top.filter((entry) => entry.isDirectory() && FOLDERS.includes(entry.name))) {
    const below = await readdir(join(dir, folder.name), { recursive: true, withFileTypes: true });
    for (const entry of below) if (entry.isFile()) files.push(relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
  }
  return files;
}
