/**
 * The data of test/bench/search-phone.ts: the demo bundles at 20,000 and 200,000 entries (written
 * with `npm run demo` when missing or older than their generator), and Pagefind's index of the same
 * documents, built once per bundle and cached in packages/demo/.bench-cache/.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const DEMO = join(ROOT, 'packages/demo');
export const BUNDLE_20K = join(DEMO, 'bundle');
export const BUNDLE_200K = join(DEMO, 'bundle-scale');
export const CACHE = join(DEMO, '.bench-cache');

/** The newest modification time among the files that generate a bundle. */
function generatorTime(): number {
  const dirs = ['packages/demo/src', 'packages/sdk/src/bundle', 'packages/sdk/src/search', 'packages/sdk/src/schemas'].map((d) => join(ROOT, d));
  let newest = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) newest = Math.max(newest, info.mtimeMs);
    }
  };
  for (const dir of dirs) if (existsSync(dir)) walk(dir);
  return newest;
}

/**
 * Writes a demo bundle with `npm run demo -- …` when it is missing or older than its generator.
 * (A rewrite that changes nothing keeps the old files' times, so a stamp records the run.)
 */
export async function ensureBundle(dir: string, code: string, args: string[]): Promise<void> {
  const manifest = join(dir, code, 'manifest.json');
  const stamp = join(CACHE, `${dir.split('/').pop()}.stamp`);
  const made = Math.max(existsSync(manifest) ? statSync(manifest).mtimeMs : 0, existsSync(stamp) ? statSync(stamp).mtimeMs : 0);
  if (existsSync(manifest) && made >= generatorTime()) return;
  console.log(`  writing the demo bundle ${dir.slice(ROOT.length + 1)} (npm run demo -- ${args.join(' ')})…`);
  await new Promise<void>((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/demo/src/cli.ts', ...args, '--quiet'], { cwd: ROOT, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`npm run demo -- ${args.join(' ')} exited with ${code}`))));
  });
  await mkdir(CACHE, { recursive: true });
  await writeFile(stamp, new Date().toISOString());
}

interface Doc {
  url: string;
  title: string;
  content: string;
}

interface BundleItemOnDisk {
  id: string;
  name: string;
  elements?: { name: string }[];
  basis?: string;
  responsible?: string;
  deadline?: { text?: string };
  entryChunks?: string[];
}

/**
 * The documents both sides search, read from the bundle's files (manifest → area shards → entry
 * chunks), not from our search index: each item (its name and its element text: element names,
 * 公开依据, 公开主体, 公开时限, as our index has it) and each entry's title.
 */
async function bundleDocuments(dir: string): Promise<Doc[]> {
  const json = async <T>(path: string): Promise<T> => JSON.parse(await readFile(join(dir, path), 'utf8')) as T;
  const manifest = await json<{ areas: { shard: string }[] }>('manifest.json');
  const docs: Doc[] = [];
  const chunks: string[] = [];
  for (const area of manifest.areas) {
    const shard = await json<{ items: BundleItemOnDisk[] }>(area.shard);
    for (const item of shard.items) {
      const elementText = [item.elements?.map((e) => e.name).join('、'), item.basis, item.responsible, item.deadline?.text].filter(Boolean).join(' ');
      docs.push({ url: `/item/${encodeURIComponent(item.id)}`, title: item.name, content: `${item.name} ${elementText}` });
      chunks.push(...(item.entryChunks ?? []));
    }
  }
  for (const path of chunks) {
    const chunk = await json<{ entries: { id: string; title: string }[] }>(path);
    for (const entry of chunk.entries) docs.push({ url: `/entry/${encodeURIComponent(entry.id)}`, title: entry.title, content: entry.title });
  }
  return docs;
}

/**
 * Pagefind's index of the same documents, built with its Node API once per bundle: cached under
 * the hash of the manifest's `areas`, which name every shard, and so every item and entry chunk,
 * by its content. (The whole manifest would change with our own search index's format, and 200,000
 * documents take Pagefind minutes.)
 */
export async function ensurePagefind(bundle: string): Promise<{ dir: string; docs: number; built: boolean }> {
  const { areas } = JSON.parse(await readFile(join(bundle, 'manifest.json'), 'utf8')) as { areas: unknown };
  const key = createHash('sha256')
    .update(`pagefind-docs-v1\n${JSON.stringify(areas)}`)
    .digest('hex')
    .slice(0, 16);
  const dir = join(CACHE, `pagefind-${key}`);
  const done = join(dir, 'docs.txt');
  if (existsSync(done)) return { dir, docs: Number(await readFile(done, 'utf8')), built: false };
  const started = performance.now();
  const docs = await bundleDocuments(bundle);
  console.log(`  building a Pagefind index of ${docs.length} documents from ${bundle.slice(ROOT.length + 1)}…`);
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind.createIndex: ${errors.join('; ')}`);
    for (let at = 0; at < docs.length; at += 1000) {
      await Promise.all(
        docs.slice(at, at + 1000).map(async (d) => {
          const added = await index.addCustomRecord({ url: d.url, content: d.content, language: 'zh', meta: { title: d.title } });
          if (added.errors.length) throw new Error(`pagefind addCustomRecord ${d.url}: ${added.errors.join('; ')}`);
        }),
      );
    }
    const tmp = `${dir}.tmp`;
    await rm(tmp, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: tmp });
    if (written.errors.length) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
    await rm(dir, { recursive: true, force: true });
    await rename(tmp, dir);
    await writeFile(done, String(docs.length));
  } finally {
    await pagefind.close();
  }
  console.log(`  Pagefind index built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { dir, docs: docs.length, built: true };
}
/** Removes Pagefind indexes of bundles that are no longer on disk. */
export async function pruneCache(keep: string[]): Promise<void> {
  for (const name of await readdir(CACHE).catch(() => [] as string[])) {
    if (name.startsWith('pagefind-') && !keep.some((dir) => dir.endsWith(name))) await rm(join(CACHE, name), { recursive: true, force: true });
  }
}
