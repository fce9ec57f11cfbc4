/**
 * Writes the demo bundles: `npm run demo` (20,000 entries for the main county) or
 * `npm run demo -- --entries 200000 --out packages/demo/bundle-scale` (the scale mode).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBundle, writeBundle } from '@gov-disclosure/sdk/bundle';
import { writePages } from '@gov-disclosure/cli';
import { DEMO_TODAY, generateCatalogue } from './generate.js';
import { bundleDir, CITY, demoCodes, MAIN_COUNTY, townshipCodes } from './jurisdictions.js';
import { staticPages } from './pages.js';
import { DEFAULT_BUNDLE_DIR } from './paths.js';
import { demoSite } from './site.js';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    entries: { type: 'string', default: '20000' },
    out: { type: 'string', default: DEFAULT_BUNDLE_DIR },
    only: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    /** The static pages (on by default): --no-html to leave them out. */
    html: { type: 'boolean', default: true },
    // Where `npm start` serves the bundles (its PORT), for the pages' canonical links and sitemap.
    'base-url': { type: 'string', default: process.env.GOV_DEMO_BASE_URL ?? `http://localhost:${process.env.PORT ?? 8080}/bundle/` },
  },
});

const entries = Number(values.entries);
if (!Number.isInteger(entries) || entries < 0) throw new Error(`--entries must be a whole number, not ${values.entries}`);
const out = resolve(values.out!);
const started = performance.now();
// The 1+9 matrix, then the main county's townships (each a column of its own, in townships/<code>/).
const codes = values.only ? [values.only] : [...demoCodes(), ...townshipCodes()];
const catalogues = new Map(codes.map((code) => [code, generateCatalogue({ code, entries })]));
for (const [code, catalogue] of catalogues) {
  // The city's column searches its counties too, through one merged index.
  const matrix = code === CITY.code ? [...catalogues.values()].filter((c) => c.jurisdiction.level !== 'township') : [];
  const bundle = buildBundle(catalogue, { generatedAt: `${DEMO_TODAY}T00:00:00+08:00`, matrix });
  for (const [path, content] of staticPages(catalogue)) bundle.files.set(path, content);
  const dir = bundleDir(catalogue.jurisdiction);
  const result = await writeBundle(bundle, join(out, dir));
  // The pages crawlers read, at the address the demo server gives the bundle; the column takes over on them.
  const pages = values.html ? await writePages(bundle, join(out, dir), demoSite(new URL(`${dir}/`, values['base-url']).href)) : undefined;
  if (!values.quiet) {
    const main = code === MAIN_COUNTY ? ' (main county)' : code === CITY.code && matrix.length > 1 ? ` (search index over ${matrix.length} columns)` : '';
    console.log(
      `${code} ${catalogue.jurisdiction.name}${main}: ${catalogue.items.length} items, ${catalogue.entries?.length ?? 0} entries, ${(result.bytes / 1e6).toFixed(1)} MB, ${result.written} written, ${result.unchanged} unchanged, ${result.removed} removed${pages ? `; ${pages.pages} pages (${pages.written} written)` : ''}`,
    );
  }
}
// The real rows of the national guides, through the CLI as a webmaster would run it, so that a
// test can open a bundle built by `gov-disclosure import | build` in the column.
const examples = resolve(import.meta.dirname, '../../../../shared/standard/examples.csv');
if (!values.only && existsSync(examples)) {
  const { readTables, readCatalogue } = await import('@gov-disclosure/cli');
  const { items } = readCatalogue(await readTables(examples));
  const bundle = buildBundle({ jurisdiction: { code: '430199', name: '示例县', level: 'county' }, items }, { generatedAt: `${DEMO_TODAY}T00:00:00+08:00` });
  await writeBundle(bundle, join(out, 'examples'));
}
await mkdir(out, { recursive: true });
await writeFile(join(out, 'index.json'), JSON.stringify({ main: `${MAIN_COUNTY}/manifest.json`, jurisdictions: demoCodes() }));
if (!values.quiet) console.log(`Demo bundles in ${out} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
