/**
 * Writes the static pages of a built bundle into its folder, incrementally: each page's hash is
 * kept in `pages.json`, a page whose text did not change is not written again, and pages the
 * catalogue no longer has are removed. Pages are made and written one by one (a few in flight),
 * so that 200,000 entries never sit in memory as pages.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BuiltBundle } from '@gov-disclosure/sdk/bundle';
import { CataloguePages } from './catalogue-pages.js';
import { ColumnPages } from './column-pages.js';
import { fileOf, renderPage, rootFrom, type Page, type Shell } from './layout.js';
import type { SiteConfig } from './site.js';
import { robotsExample, sitemaps, type SitemapUrl } from './sitemap.js';
import { STATIC_CSS } from './style.js';

export interface PagesResult {
  pages: number;
  written: number;
  unchanged: number;
  removed: number;
  bytes: number;
}

/** Every page of the column, made as it is asked for. */
export function* allPages(bundle: BuiltBundle, column: string): Generator<Page> {
  const name = bundle.manifest.jurisdiction.name;
  const catalogue = new CataloguePages(bundle, name);
  const others = new ColumnPages(bundle, name);
  yield others.home(column);
  yield catalogue.catalogue();
  for (const area of bundle.manifest.areas) {
    yield catalogue.area(area);
    for (const item of bundle.items.get(area.id) ?? []) {
      for (let page = 1, pages = catalogue.pagesOf(item.id); page <= pages; page++) yield catalogue.item(item, page);
      for (const entry of bundle.entries.get(item.id) ?? []) yield catalogue.entry(entry);
    }
  }
  yield others.policies();
  for (const policy of bundle.catalogue.policies ?? []) yield others.policy(policy);
  yield others.map();
  yield others.nav();
}

const hashOf = (text: string) => createHash('sha1').update(text).digest('base64url').slice(0, 16);

/** Writes the pages, their stylesheet, the sitemap and a robots.txt example into `dir`. */
export async function writePages(bundle: BuiltBundle, dir: string, site: SiteConfig): Promise<PagesResult> {
  const shell: Shell = { site, name: bundle.manifest.jurisdiction.name };
  const before = await readFile(join(dir, 'pages.json'), 'utf8')
    .then((text) => new Map(Object.entries(JSON.parse(text) as Record<string, string>)))
    .catch(() => new Map<string, string>());
  const after = new Map<string, string>();
  const result: PagesResult = { pages: 0, written: 0, unchanged: 0, removed: 0, bytes: 0 };
  const made = new Map<string, Promise<unknown>>();
  const inFlight = new Set<Promise<void>>();

  const put = async (file: string, text: string) => {
    const hash = hashOf(text);
    after.set(file, hash);
    result.bytes += Buffer.byteLength(text);
    if (before.get(file) === hash) return void result.unchanged++;
    result.written++;
    const folder = dirname(join(dir, file));
    if (!made.has(folder)) made.set(folder, mkdir(folder, { recursive: true }));
    await made.get(folder);
    await writeFile(join(dir, file), text);
  };
  const queue = async (file: string, text: string) => {
    const job = put(file, text).finally(() => inFlight.delete(job));
    inFlight.add(job);
    if (inFlight.size >= 32) await Promise.race(inFlight);
  };

  const urls: SitemapUrl[] = [];
  for (const page of allPages(bundle, site.columnName ?? '基层政务公开专栏')) {
    result.pages++;
    const root = rootFrom(page.path);
    const text = renderPage(shell, page).replaceAll('href="%ROOT%', `href="${root}`).replaceAll('src="%ROOT%', `src="${root}`);
    await queue(fileOf(page.path), text);
    urls.push({ loc: new URL(page.path, site.url).href, lastmod: page.meta.date });
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
  await writeFile(join(dir, 'pages.json'), JSON.stringify(Object.fromEntries(after)));
  return result;
}
