/**
 * `sitemap.xml` for the static pages (sitemaps.org 0.9): one file of at most 50,000 addresses, or
 * beyond that a sitemap index naming parts of 50,000 each (`sitemap-1.xml`, …); and a
 * `robots.txt` example naming it, for the site's root.
 */
import { escape } from './markup.js';

/** Most addresses one sitemap file may hold (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapUrl {
  loc: string;
  /** YYYY-MM-DD. */
  lastmod: string | undefined;
}

const urlset = (urls: readonly SitemapUrl[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map((url) => `<url><loc>${escape(url.loc)}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ''}</url>\n`)
    .join('')}</urlset>\n`;

/** The sitemap files, by name, for `urls` on a column whose root is `base`. */
export function sitemaps(urls: readonly SitemapUrl[], base: string, limit = SITEMAP_LIMIT): Map<string, string> {
  const files = new Map<string, string>();
  if (urls.length <= limit) return files.set('sitemap.xml', urlset(urls));
  const parts: SitemapUrl[] = [];
  for (let start = 0, n = 1; start < urls.length; start += limit, n++) {
    const slice = urls.slice(start, start + limit);
    const name = `sitemap-${n}.xml`;
    files.set(name, urlset(slice));
    const lastmod = slice.reduce<string | undefined>((max, url) => (url.lastmod && (!max || url.lastmod > max) ? url.lastmod : max), undefined);
    parts.push({ loc: new URL(name, base).href, lastmod });
  }
  files.set(
    'sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts
      .map((part) => `<sitemap><loc>${escape(part.loc)}</loc>${part.lastmod ? `<lastmod>${part.lastmod}</lastmod>` : ''}</sitemap>\n`)
      .join('')}</sitemapindex>\n`,
  );
  return files;
}

/** A robots.txt for the site's root that lets crawlers in and names the column's sitemap. */
export const robotsExample = (base: string) =>
  `# An example for the site's root (/robots.txt): the column's pages are open to crawlers.\nUser-agent: *\nAllow: /\nSitemap: ${new URL('sitemap.xml', base).href}\n`;
