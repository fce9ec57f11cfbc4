/**
 * `gov-disclosure build`: a checked catalogue to a static bundle (content-hashed JSON, the search
 * index, written incrementally), and with `--html` the static pages a crawler reads.
 */
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { buildCheckedBundle, writeBundle } from '@gov-disclosure/sdk/bundle';
import { cacheFolder, openBuildCache } from './build-cache.js';
import { CliError } from './errors.js';
import { HELP } from './help.js';
import { readSiteConfig, writePages, type SiteConfig } from './html/index.js';
import { collectGarbage } from './memory.js';
import type { Io } from './io.js';
import { progress } from './progress.js';
import { readCatalogueJson } from './read/catalogue-json.js';

/**
 * The young generation's space for a build, in MB. A build makes millions of short-lived strings
 * and arrays; with V8's default (16 MB) it spends a third of a rebuild collecting them.
 */
const SEMI_SPACE_MB = 32;

export async function runBuild(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      'chunk-size': { type: 'string', default: '500' },
      matrix: { type: 'string', multiple: true },
      html: { type: 'boolean', default: false },
      site: { type: 'string' },
      'base-url': { type: 'string' },
      cache: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return (io.stdout(HELP.build), 0);
  if (!values.out) throw new CliError('build: say where to write the bundle with --out <dir>');
  const chunkSize = Number(values['chunk-size']);
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new CliError('build: --chunk-size must be a whole number ≥ 1');
  const site = values.html ? await siteOf(values.site, values['base-url']) : undefined;
  const started = performance.now();
  setFlagsFromString(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  const cache = await openBuildCache(cacheFolder(values.cache), values.out);
  const catalogue = await readCatalogueJson(positionals[0], io, cache.checked);
  const bar = progress('Building', site ? 3 : 2);
  const matrix = await Promise.all((values.matrix ?? []).map((file) => readCatalogueJson(file, io)));
  const bundle = buildCheckedBundle(catalogue, { chunkSize, matrix, search: { memo: cache.memo } });
  await cache.save();
  bar.tick();
  const result = await writeBundle(bundle, values.out);
  bar.tick();
  io.stderr(
    `Wrote ${values.out}: ${bundle.files.size} files, ${(result.bytes / 1e6).toFixed(1)} MB (${result.written} written, ${result.unchanged} unchanged, ${result.removed} removed) in ${((performance.now() - started) / 1000).toFixed(1)} s. Serve ${values.out}/manifest.json as the column's src.`,
  );
  if (site) {
    // The bundle's files are on disk: their text need not stay in memory while the pages are made.
    bundle.files.clear();
    collectGarbage();
    const paged = performance.now();
    const pages = await writePages(bundle, values.out, site, collectGarbage);
    bar.tick();
    io.stderr(
      `Wrote ${pages.pages} pages (${pages.written} written, ${(pages.bytes / 1e6).toFixed(1)} MB; ${pages.unchanged} unchanged, ${pages.removed} removed) in ${((performance.now() - paged) / 1000).toFixed(1)} s, ${values.out}/sitemap.xml and ${values.out}/robots.example.txt for ${site.url}`,
    );
  }
  bar.stop();
  return 0;
}

/** The site config for the pages: the file's, its address overridden by `--base-url`; one of the two names it. */
async function siteOf(file: string | undefined, baseUrl: string | undefined): Promise<SiteConfig> {
  const site = file ? await readSiteConfig(file) : undefined;
  const url = baseUrl ?? site?.url;
  if (!url) throw new CliError('build --html: say where the column is published, with --base-url https://…/ or a --site config whose url names it');
  if (!/^https?:\/\/[^\s/?#]+\/(?:[^\s?#]*\/)?$/.test(url))
    throw new CliError(`build --html: --base-url must be an absolute http(s) URL ending in /, not "${url}"`);
  return { ...site, url };
}
