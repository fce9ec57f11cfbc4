/**
 * `gov-disclosure build --html`: the pages a crawler reads — every page of the column, with the
 * .gov.cn page metadata filled, bodies made safe, links that resolve, a sitemap valid against the
 * sitemaps.org schema (an index beyond 50,000 addresses), and a rebuild that rewrites only what
 * one changed entry touches.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { validateXML } from 'xmllint-wasm';
import { SITEMAP_LIMIT, sitemaps } from '@gov-disclosure/cli';
import { craftedCatalogue, PAGE_METADATA } from '../support/crafted-column.js';
import { run } from '../support/cli.js';

const XSD = resolve(import.meta.dirname, '../fixtures/sitemap');
const BASE = 'https://www.example.gov.cn/zwgk/jczwgk/';

let dir: string;
let out: string;
let catalogueFile: string;
let site: string;

async function schemaCheck(xml: string, schema: 'sitemap' | 'siteindex') {
  return validateXML({ xml: [{ fileName: `${schema}.xml`, contents: xml }], schema: [await readFile(join(XSD, `${schema}.xsd`), 'utf8')] });
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gov-pages-'));
  out = join(dir, 'gkzl');
  catalogueFile = join(dir, 'catalogue.json');
  await writeFile(catalogueFile, JSON.stringify(craftedCatalogue()));
  site = join(dir, 'site.json');
  await writeFile(
    site,
    JSON.stringify({
      url: BASE,
      siteName: '长沙县人民政府',
      siteIdCode: '4301210001',
      image: 'https://www.example.gov.cn/logo.png',
      script: '/cdn/gov-disclosure.min.js',
    }),
  );
  const built = await run(['build', catalogueFile, '--out', out, '--html', '--site', site]);
  assert.equal(built.code, 0, built.err);
  assert.match(built.err, /Wrote \d+ pages/);
});
after(() => rm(dir, { recursive: true, force: true }));

test('every page of the column is written, linked by real hrefs from the home page down to each entry', async () => {
  const files = (await readdir(out, { recursive: true })).map(String).filter((f) => f.endsWith('.html'));
  for (const page of [
    'index.html',
    'catalogue/index.html',
    'area/social-assistance/index.html',
    'area/employment/index.html',
    'item/social-assistance!1/index.html',
    'item/social-assistance!1.1/index.html',
    'entry/social-assistance!1.1~1.html',
    'policies/index.html',
    'policy/p-1.html',
    'map/index.html',
    'nav/index.html',
  ])
    assert.ok(files.includes(page), `${page} in ${files.join(' ')}`);
  // Each area of the 26 has its page; a 不涉及 area says so.
  assert.equal(files.filter((f) => f.startsWith('area/')).length, 26);
  assert.match(await readFile(join(out, 'area/employment/index.html'), 'utf8'), /本领域不涉及：本县无此项职责/);
  // Walk by the links, as a crawler does.
  const linkTo = async (from: string, text: string) => {
    const html = await readFile(join(out, from), 'utf8');
    const m = new RegExp(`<a href="([^"]+)"[^>]*>${text}</a>`).exec(html);
    assert.ok(m, `${from} links to ${text}`);
    const target = new URL(m[1]!, `https://x/${from}`).pathname.slice(1);
    return target.endsWith('/') || target === '' ? `${target}index.html` : target;
  };
  const area = await linkTo('index.html', '社会救助');
  const first = await linkTo(area, '最低生活保障');
  const item = await linkTo(first, '办事指南');
  const entry = await linkTo(item, '城乡低保办事指南');
  assert.equal(entry, 'entry/social-assistance!1.1~1.html');
  // An item named as a hundred others are (办事指南) is titled by its place.
  const itemHtml = await readFile(join(out, item), 'utf8');
  assert.match(itemHtml, /<title>社会救助 › 最低生活保障 › 办事指南 - 长沙县基层政务公开标准化规范化专栏<\/title>/);
  assert.match(itemHtml, /<meta name="ArticleTitle" content="社会救助 › 最低生活保障 › 办事指南">/);
  assert.match(itemHtml, /<h1>办事指南<\/h1>/);
});

test('no link between the pages is dead: every page and folder a page links to is written', async () => {
  const files = new Set((await readdir(out, { recursive: true })).map(String));
  const dead: string[] = [];
  for (const from of [...files].filter((f) => f.endsWith('.html'))) {
    const html = await readFile(join(out, from), 'utf8');
    assert.ok(!html.includes('%ROOT%'), `${from} holds an unmade link`);
    for (const [, href] of html.matchAll(/<a [^>]*href="([^"#]+)"/g)) {
      if (/^([a-z][a-z\d+.-]*:|\/)/i.test(href!) || !/(\.html|\/)$/.test(href!)) continue;
      const target = decodeURIComponent(new URL(href!.replaceAll('&amp;', '&'), `https://x/${from}`).pathname.slice(1));
      if (!files.has(target.endsWith('/') || target === '' ? `${target}index.html` : target)) dead.push(`${from} → ${href}`);
    }
  }
  assert.deepEqual(dead, []);
});

test("an entry's page shows its title, 发布日期 and body, made safe, and carries every page metadata tag, filled", async () => {
  const html = await readFile(join(out, 'entry/social-assistance!1.1~1.html'), 'utf8');
  assert.match(html, /<html lang="zh-CN">/);
  assert.match(html, /<title>城乡低保办事指南 - 长沙县基层政务公开标准化规范化专栏<\/title>/);
  assert.match(html, /<link rel="canonical" href="https:\/\/www\.example\.gov\.cn\/zwgk\/jczwgk\/entry\/social-assistance!1\.1~1\.html">/);
  for (const name of PAGE_METADATA) assert.match(html, new RegExp(`<meta name="${name}" content="[^"]+">`), name);
  assert.match(html, /<meta name="PubDate" content="2026-10-08 00:00">/);
  assert.match(html, /<meta name="SiteIDCode" content="4301210001">/);
  assert.match(html, /<meta name="SiteDomain" content="www\.example\.gov\.cn">/);
  assert.match(html, /<dt>发布日期<\/dt><dd><time datetime="2026-10-08">2026-10-08<\/time><\/dd>/);
  for (const fact of ['索引号', '文号', '发布机构', '成文日期']) assert.match(html, new RegExp(`<dt>${fact}</dt>`));
  assert.match(html, /申请低保，请携带户口簿。/);
  // Hostile HTML from the data: no script, no handler, no javascript: link, no image from elsewhere.
  assert.doesNotMatch(html, /alert\(|onerror|javascript:|evil\.example/);
  // The body's h1 is not a second heading of the page.
  assert.equal(html.match(/<h1>/g)!.length, 1);
  // Links from the data are relative to the column's root, as the element reads them.
  assert.match(html, /<a href="\.\.\/files\/apply\.pdf">申请表\.pdf<\/a>/);
  assert.match(html, /<a href="\.\.\/files\/guide\.pdf">下载<\/a>/);
  // The same column takes over in place, at this address.
  assert.match(html, /<gov-disclosure-column src="\.\.\/manifest\.json" url-state="path" url-base="\.\.\/">/);
  assert.match(html, /<script type="module" src="\/cdn\/gov-disclosure\.min\.js"><\/script>/);
  assert.match(html, /<link rel="stylesheet" href="\.\.\/gov-static\.css">/);
});

test('sitemap.xml lists every page once and is valid against the sitemaps.org schema; beyond 50,000 it is an index', async () => {
  const xml = await readFile(join(out, 'sitemap.xml'), 'utf8');
  const result = await schemaCheck(xml, 'sitemap');
  assert.ok(result.valid, JSON.stringify(result.errors));
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const pages = (await readdir(out, { recursive: true }))
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => BASE + f.replace(/(^|\/)index\.html$/, '$1'));
  assert.equal(new Set(locs).size, locs.length, 'each page once');
  assert.deepEqual([...locs].sort(), [...pages].sort());
  assert.match(await readFile(join(out, 'robots.example.txt'), 'utf8'), new RegExp(`Sitemap: ${BASE}sitemap.xml`));

  assert.equal(SITEMAP_LIMIT, 50_000);
  const many = Array.from({ length: 7 }, (_, i) => ({ loc: `${BASE}entry/x~${i}.html`, lastmod: '2026-11-0' + (i + 1) }));
  const files = sitemaps(many, BASE, 3);
  assert.deepEqual([...files.keys()], ['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
  const index = await schemaCheck(files.get('sitemap.xml')!, 'siteindex');
  assert.ok(index.valid, JSON.stringify(index.errors));
  assert.match(
    files.get('sitemap.xml')!,
    /<sitemap><loc>https:\/\/www\.example\.gov\.cn\/zwgk\/jczwgk\/sitemap-3\.xml<\/loc><lastmod>2026-11-07<\/lastmod><\/sitemap>/,
  );
  for (const part of ['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']) assert.ok((await schemaCheck(files.get(part)!, 'sitemap')).valid, part);
  // A broken one fails the schema (the check can fail).
  assert.equal((await schemaCheck('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>x</loc></url></urlset>', 'sitemap')).valid, false);
});

test('a rebuild after one entry changed rewrites only the pages it is on and the sitemap', async () => {
  const again = await run(['build', catalogueFile, '--out', out, '--html', '--site', site]);
  assert.match(again.err, /Wrote \d+ pages \(0 written, 0\.0 MB; \d+ unchanged, 0 removed\)/);
  const changed = craftedCatalogue();
  changed.entries![0]!.title = '城乡低保办事指南（修订）';
  await writeFile(catalogueFile, JSON.stringify(changed));
  const after = await run(['build', catalogueFile, '--out', out, '--html', '--site', site]);
  const written = Number(/Wrote \d+ pages \((\d+) written/.exec(after.err)?.[1]);
  // The entry's page, its item's page, the home's latest list; nothing else.
  assert.equal(written, 3, after.err);
  assert.match(await readFile(join(out, 'entry/social-assistance!1.1~1.html'), 'utf8'), /城乡低保办事指南（修订）/);
  // A page the catalogue no longer has is removed.
  const fewer = craftedCatalogue();
  fewer.entries = fewer.entries!.filter((e) => e.id !== 'social-assistance:1.2~1');
  await writeFile(catalogueFile, JSON.stringify(fewer));
  const removed = await run(['build', catalogueFile, '--out', out, '--html', '--site', site]);
  assert.match(removed.err, /unchanged, 1 removed\)/);
  const missing = await run(['build', catalogueFile, '--out', out, '--html']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /--base-url/);
});

test("the README's build --html and check lines run as written: pages for the example, a check that fails saying why, and the demo's that passes", async () => {
  const { execFile } = await import('node:child_process');
  const { mkdir, symlink } = await import('node:fs/promises');
  const { existsSync } = await import('node:fs');
  const root = resolve(import.meta.dirname, '../..');
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const [build, checkExample, checkDemo] = [
    'npx gov-disclosure build catalogue.json --out public/gkzl --html',
    'npx gov-disclosure check public/gkzl',
    'npx gov-disclosure check packages/demo/bundle/',
  ].map((start) => readme.split('\n').find((line) => line.startsWith(start)));
  assert.ok(build && checkExample && checkDemo, 'the README shows the three lines');
  const shell = (command: string, cwd: string) =>
    new Promise<{ code: number; out: string }>((done) =>
      execFile('sh', ['-c', command], { cwd }, (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, out: stdout + stderr })),
    );
  // A webmaster's folder: the example catalogue as catalogue.json, the tool installed.
  const site = join(dir, 'webmaster');
  await mkdir(site, { recursive: true });
  await symlink(join(root, 'node_modules'), join(site, 'node_modules'));
  const examples = resolve(root, '../shared/standard/examples.csv');
  if (existsSync(examples)) assert.equal((await run(['import', examples, '-o', join(site, 'catalogue.json')])).code, 0);
  else await writeFile(join(site, 'catalogue.json'), JSON.stringify(craftedCatalogue({ faults: true })));
  const built = await shell(build, site);
  assert.equal(built.code, 0, built.out);
  assert.ok(existsSync(join(site, 'public/gkzl/entry')) || existsSync(join(site, 'public/gkzl/item')), 'the pages are written');
  assert.ok(existsSync(join(site, 'public/gkzl/sitemap.xml')));
  const failing = await shell(checkExample, site);
  assert.equal(failing.code, 1, failing.out);
  assert.match(failing.out, /FAIL {2}空白栏目 \(blank\): \d+/);
  if (existsSync(join(root, 'packages/demo/bundle/430121/pages.json'))) {
    const manifest = JSON.parse(await readFile(join(root, 'packages/demo/bundle/430121/manifest.json'), 'utf8')) as { generatedAt: string };
    const passing = await shell(`${checkDemo} --today ${manifest.generatedAt.slice(0, 10)}`, root);
    assert.equal(passing.code, 0, passing.out);
  }
});
