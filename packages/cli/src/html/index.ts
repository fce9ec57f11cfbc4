/** The static pages of a column (`gov-disclosure build --html`): what the build calls. */
export { writePages, allPages, type PagesResult } from './write-pages.js';
export { readSiteConfig, siteFor, SiteConfig } from './site.js';
export { SITEMAP_LIMIT, sitemaps } from './sitemap.js';
