/**
 * Writes the static pages of a built bundle into its folder, incrementally: each page's hash is
 * kept in `pages.json`, a page whose text did not change is not written again, and pages the
 * catalogue no longer has are removed. Pages are made and written one by one (a few in flight),
 * so that 200,000 entries never sit in memory as pages.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DisclosureEntry } from '@gov-disclosure/sdk';
import type { BuiltBundle } from '@gov-disclosure/sdk/bundle';
import { CataloguePages, entryPath, itemPath } from './catalogue-pages.js';
import { ColumnPages } from './column-pages.js';
import { fileOf, renderPage, rootFrom, type Page, type Shell } from './layout.js';
import { DEFAULT_COLUMN_NAME, type SiteConfig } from './site.js';
import { robotsExample, sitemaps, type SitemapUrl } from './sitemap.js';
import { STATIC_CSS } from './style.js';

export interface PagesResult {
  pages: number;
  written: number;
  unchanged: number;
  removed: number;
  /** Bytes of the pages written this time. */
  bytes: number;
}

/**
 * A page to write: its path and date, and the page itself, made only when asked. An entry's page
 * also has a `key`, all it is made from: when the key is the one of the last build, the page is
 * not made again (the pages of 200,000 entries are not rendered to find the one that changed).
 */
export interface PageJob {
  path: string;
  date: string | undefined;
  key?(): string;
  /**
   * What a whole group of pages is made from (an entry chunk's): when it is the last build's, every
   * page of the group is as it was, and not even its `key` is computed.
   */
  group?: string;
  page(): Page;
}

/** An entry's page to write (a class: 200,000 of them are made, and most are not rendered). */
class EntryJob implements PageJob {
  readonly path: string;
  readonly date: string;
  constructor(
    private readonly catalogue: CataloguePages,
    private readonly entry: DisclosureEntry,
    readonly group: string,
  ) {
    this.path = entryPath(entry);
    this.date = entry.publishedAt;
  }
  key(): string {
    return this.catalogue.entryKey(this.entry);
  }
  page(): Page {
    return this.catalogue.entry(this.entry);
  }
}

const made = (page: Page): PageJob => ({ path: page.path, date: page.meta.date, page: () => page });

/** Every page of the column. */
export function* allPages(bundle: BuiltBundle, column: string): Generator<PageJob> {
  const name = bundle.manifest.jurisdiction.name;
  const catalogue = new CataloguePages(bundle, name);
  const chunkSize = bundle.manifest.chunkSize;
  const others = new ColumnPages(bundle, name);
  yield made(others.home(column));
  yield made(catalogue.catalogue());
  for (const area of bundle.manifest.areas) {
    yield made(catalogue.area(area));
    for (const item of bundle.items.get(area.id) ?? []) {
      for (let page = 1, pages = catalogue.pagesOf(item.id); page <= pages; page++) {
        yield {
          path: itemPath(item.id, page),
          date: catalogue.itemDate(item),
          key: () => catalogue.itemKey(item, page),
          page: () => catalogue.item(item, page),
        };
      }
      const entries = bundle.entries.get(item.id) ?? [];
      let group = '';
      for (const [n, entry] of entries.entries()) {
        if (n % chunkSize === 0) group = catalogue.chunkKey(item, n / chunkSize);
        yield new EntryJob(catalogue, entry, group);
      }
    }
  }
  yield made(others.policies());
  for (const policy of bundle.catalogue.policies ?? []) yield made(others.policy(policy));
  yield made(others.map());
  yield made(others.nav());
}

const hashOf = (text: string) => createHash('sha1').update(text).digest('base64url').slice(0, 16);

/** `pages.json`: each page written (its file) with its key or hash, and the page groups (`PageJob.group`) by their hashes. */
interface PagesJson {
  version: 2;
  groups: string[];
  files: string[];
  keys: string[];
}

/** The last build's `pages.json` (none yet, or one that cannot be read: every page is made). */
async function readPagesJson(dir: string): Promise<{ pages: Map<string, string>; groups: Set<string> }> {
  const pages = new Map<string, string>();
  try {
    const read = JSON.parse(await readFile(join(dir, 'pages.json'), 'utf8')) as Partial<PagesJson> | Record<string, string>;
    if (read.version === 2 && Array.isArray(read.files) && Array.isArray(read.keys) && Array.isArray(read.groups)) {
      read.files.forEach((file, i) => typeof file === 'string' && typeof read.keys![i] === 'string' && pages.set(file, read.keys![i]!));
      return { pages, groups: new Set(read.groups) };
    }
    // The first version: one object, file → key.
    for (const [file, key] of Object.entries(read)) if (typeof key === 'string' && !file.startsWith('#')) pages.set(file, key);
  } catch {
    // Nothing kept: every page is made and compared by its hash.
  }
  return { pages, groups: new Set() };
}

/** Changed whenever the pages' layout changes (renderPage and the page makers): every page kept by its key is made again. */
const PAGES_VERSION = 2;

/** How often `collect` is called: after this many pages made (a rebuild that makes few pages collects none). */
const COLLECT_EVERY = 20_000;

/**
 * Writes the pages, their stylesheet, the sitemap and a robots.txt example into `dir`; `collect`
 * (a garbage collection) is called every 20,000 pages made.
 */
export async function writePages(bundle: BuiltBundle, dir: string, site: SiteConfig, collect?: () => void): Promise<PagesResult> {
  const shell: Shell = { site, name: bundle.manifest.jurisdiction.name };
  const { pages: before, groups: groupsBefore } = await readPagesJson(dir);
  const after = new Map<string, string>();
  const groupsAfter = new Set<string>();
  const result: PagesResult = { pages: 0, written: 0, unchanged: 0, removed: 0, bytes: 0 };
  const made = new Map<string, Promise<unknown>>();
  const inFlight = new Set<Promise<void>>();

  const put = async (file: string, text: string, key?: string) => {
    const hash = key ?? hashOf(text);
    after.set(file, hash);
    if (before.get(file) === hash) return void result.unchanged++;
    result.written++;
    result.bytes += Buffer.byteLength(text);
    const folder = dirname(join(dir, file));
    if (!made.has(folder)) made.set(folder, mkdir(folder, { recursive: true }));
    await made.get(folder);
    await writeFile(join(dir, file), text);
  };
  const queue = async (file: string, text: string, key?: string) => {
    const job = put(file, text, key).finally(() => inFlight.delete(job));
    inFlight.add(job);
    if (inFlight.size >= 32) await Promise.race(inFlight);
  };

  let rendered = 0;
  const render = (page: Page) => {
    if (++rendered % COLLECT_EVERY === 0) collect?.();
    const root = rootFrom(page.path);
    return renderPage(shell, page).replaceAll('href="%ROOT%', `href="${root}`).replaceAll('src="%ROOT%', `src="${root}`);
  };
  const urls: SitemapUrl[] = [];
  // What every page is made with besides its own data: a change here makes every page again.
  // The column's name as shown (the default too), and the pages' layout version: a page kept by its key
  // is not made again, so what its layout takes from elsewhere must be in the key.
  const column = site.columnName ?? DEFAULT_COLUMN_NAME;
  const shellKey = JSON.stringify([PAGES_VERSION, site, column, shell.name, STATIC_CSS.length]);
  let group = { text: '', kept: false };
  for (const job of allPages(bundle, column)) {
    result.pages++;
    urls.push({ loc: site.url + job.path, lastmod: job.date });
    const file = fileOf(job.path);
    if (job.group !== undefined) {
      if (job.group !== group.text) {
        const key = `g${hashOf(shellKey + job.group)}`;
        group = { text: job.group, kept: groupsBefore.has(key) };
        groupsAfter.add(key);
      }
      const kept = before.get(file);
      if (group.kept && kept !== undefined) {
        after.set(file, kept);
        result.unchanged++;
        continue;
      }
    }
    if (job.key !== undefined) {
      const key = `k${hashOf(shellKey + job.key())}`;
      if (before.get(file) === key && existsSync(join(dir, file))) {
        after.set(file, key);
        result.unchanged++;
        continue;
      }
      await queue(file, render(job.page()), key);
      continue;
    }
    await queue(file, render(job.page()));
  }
  await queue('gov-static.css', STATIC_CSS);
  for (const [file, text] of sitemaps(urls, site.url)) await queue(file, text);
  await queue('robots.example.txt', robotsExample(site.url));
  await Promise.all(inFlight);

  for (const file of before.keys()) {
    if (after.has(file)) continue;
    await rm(join(dir, file), { force: true });
    result.removed++;
  }
  // Two lists, not one object of 200,000 keys: read back in half the time.
  const record: PagesJson = { version: 2, groups: [...groupsAfter], files: [...after.keys()], keys: [...after.values()] };
  await writeFile(join(dir, 'pages.json'), JSON.stringify(record));
  return result;
}
