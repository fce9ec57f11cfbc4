export { main, type Io } from './cli.js';
export { readTables, decodeText, type Table } from './read/tables.js';
export { readCatalogue, type ReadResult } from './read/catalogue.js';
export { lint, formatReport, type Finding, type LintReport, type Rule } from './lint/lint.js';
export { writePages, allPages, readSiteConfig, sitemaps, SiteConfig, SITEMAP_LIMIT, type PagesResult } from './html/index.js';
