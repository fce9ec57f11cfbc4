/**
 * A built column read back from its folder, as a crawler's checker sees it: the manifest, each
 * area's items, each item's entries, the policies; and whether the static pages are there.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BundleItem, BundleManifest, DisclosureEntry, PolicyDocument } from '@gov-disclosure/sdk';
import { CliError } from '../errors.js';

export interface BuiltColumn {
  dir: string;
  manifest: BundleManifest;
  /** Each area's items, by area id. */
  items: Map<string, BundleItem[]>;
  /** Each item's entries, newest first. */
  entries: Map<string, DisclosureEntry[]>;
  policies: PolicyDocument[];
  /** Whether `build --html` wrote the static pages. */
  pages: boolean;
}

async function json<T>(dir: string, path: string): Promise<T> {
  try {
    return JSON.parse(await readFile(join(dir, path), 'utf8')) as T;
  } catch (error) {
    throw new CliError(`check: ${join(dir, path)}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** Reads the column built in `dir` (the folder `gov-disclosure build --out` wrote). */
export async function readBuilt(dir: string): Promise<BuiltColumn> {
  if (!existsSync(join(dir, 'manifest.json'))) throw new CliError(`check: ${dir} holds no manifest.json: name the folder gov-disclosure build --out wrote`);
  const manifest = await json<BundleManifest>(dir, 'manifest.json');
  if (manifest.format !== 'gov-disclosure-bundle') throw new CliError(`check: ${dir}/manifest.json is not a gov-disclosure bundle`);
  const items = new Map<string, BundleItem[]>();
  const entries = new Map<string, DisclosureEntry[]>();
  for (const area of manifest.areas) {
    const shard = await json<{ items: BundleItem[] }>(dir, area.shard);
    items.set(area.id, shard.items);
    for (const item of shard.items) {
      const list: DisclosureEntry[] = [];
      for (const chunk of item.entryChunks ?? []) list.push(...(await json<{ entries: DisclosureEntry[] }>(dir, chunk)).entries);
      entries.set(item.id, list);
    }
  }
  const policies = manifest.policies ? (await json<{ policies: PolicyDocument[] }>(dir, manifest.policies)).policies : [];
  return { dir, manifest, items, entries, policies, pages: existsSync(join(dir, 'pages.json')) };
}
