/**
 * The CLI at 长沙's scale: import, then build, a catalogue of 200,000 entries from CSV tables, as
 * a webmaster would run them (two processes, the package's compiled JavaScript). Prints the time, the peak memory of each, and the
 * bundle size; then the same build with its static pages (`--html`), and a rebuild after one
 * entry changed.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { STANDARD_AREAS, type RawCatalogueItem } from '@gov-disclosure/sdk';
import { generateCatalogue } from '../../packages/demo/src/generate.js';

const ROOT = resolve(import.meta.dirname, '../..');
const csv = (cells: (string | number | undefined)[]) => cells.map((c) => `"${String(c ?? '').replace(/"/g, '""')}"`).join(',');

/** The CLI as a webmaster runs it (`npx gov-disclosure`): the package's compiled JavaScript, which `npm run bench` builds first. */
const CLI = join(ROOT, 'packages/cli/dist/cli.js');

/** Runs the CLI in a child process; resolves to its time and peak RSS (exit 1 allowed: lint findings). */
function runCli(args: string[]): Promise<{ seconds: number; peakMb: number; stderr: string }> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build makes it (npm run bench runs it first)`);
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
      const { main } = await import(${JSON.stringify(pathToFileURL(CLI).href)});
      const code = await main(${JSON.stringify(args)}, { stdout: (t) => process.stdout.write(t + '\\n'), stderr: (t) => process.stderr.write(t + '\\n'), stdin: async () => '' });
      process.stderr.write('PEAK_RSS_KB ' + process.resourceUsage().maxRSS + '\\n');
      process.exitCode = code;
    `,
      ],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const peak = Number(/PEAK_RSS_KB (\d+)/.exec(stderr)?.[1] ?? 0);
      if (code !== 0 && !(args[0] === 'lint' && code === 1)) return fail(new Error(`gov-disclosure ${args[0]} exited ${code}: ${stderr.slice(-2000)}`));
      done({ seconds: (performance.now() - started) / 1000, peakMb: peak / 1024, stderr });
    });
  });
}

export async function cliBench(report: (name: string, value: string, target: string, ok: boolean) => void): Promise<void> {
  console.log('\n— gov-disclosure import, then build, 200,000 entries —');
  const dir = await mkdtemp(join(tmpdir(), 'gov-bench-'));
  try {
    const catalogue = generateCatalogue({ entries: 200_000 });
    const names = new Map(STANDARD_AREAS.map((a) => [a.id as string, a.name]));
    const byId = new Map(catalogue.items.map((i) => [i.id, i]));
    const header =
      '领域,序号,公开事项,,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,,公开层级,\n,,一级事项,二级事项,,,,,,全社会,特定群体,主动,依申请,县级,乡级';
    const tick = (on: boolean | undefined) => (on ? '√' : '');
    const rows = catalogue.items
      .filter((i): i is RawCatalogueItem & { parent: string } => i.level === 2 && !!i.parent)
      .map((i) => {
        const d = typeof i.deadline === 'string' ? i.deadline : i.deadline?.text;
        return csv([
          names.get(i.area),
          i.seq,
          byId.get(i.parent)!.name,
          i.name,
          i.elements?.map((e) => `${e.required ? '●' : '〇'}${e.name}`).join('、'),
          i.basis,
          d,
          i.responsible,
          (i.channels ?? []).join('、').replace('website', '政府网站'),
          tick(i.audience?.includes('public')),
          tick(i.audience?.includes('specific')),
          tick(i.mode?.includes('proactive')),
          tick(i.mode?.includes('on-request')),
          tick(i.levels?.includes('county')),
          tick(i.levels?.includes('township')),
        ]);
      });
    const itemsFile = join(dir, '目录.csv');
    await writeFile(itemsFile, `${header}\n${rows.join('\n')}\n`);
    const entriesFile = join(dir, '信息.csv');
    const entryRows = catalogue.entries!.map((e) => {
      const item = byId.get(e.item)!;
      return csv([names.get(item.area), byId.get(item.parent!)!.name, item.name, e.title, e.publishedAt, e.writtenAt, e.indexNo, e.docNo, e.publisher]);
    });
    await writeFile(entriesFile, `领域,一级事项,二级事项,标题,发布日期,成文日期,索引号,文号,发布机构\n${entryRows.join('\n')}\n`);
    const inputMb = ((await stat(itemsFile)).size + (await stat(entriesFile)).size) / 1e6;
    console.log(`  input: ${rows.length} catalogue rows and ${entryRows.length} entry rows as CSV (${inputMb.toFixed(1)} MB)`);

    const catalogueFile = join(dir, 'catalogue.json');
    const imported = await runCli(['import', itemsFile, entriesFile, '--jurisdiction', '430121', '--name', '长沙县', '--out', catalogueFile]);
    console.log(`  import: ${imported.seconds.toFixed(1)} s, peak ${imported.peakMb.toFixed(0)} MB — ${/Read .*/.exec(imported.stderr)?.[0]}`);
    const linted = await runCli(['lint', catalogueFile, '--today', '2026-11-01', '--format', 'json']);
    console.log(`  lint: ${linted.seconds.toFixed(1)} s, peak ${linted.peakMb.toFixed(0)} MB`);
    const out = join(dir, 'bundle');
    const built = await runCli(['build', catalogueFile, '--out', out]);
    console.log(`  build: ${built.seconds.toFixed(1)} s, peak ${built.peakMb.toFixed(0)} MB`);
    const files = await readdir(out, { recursive: true, withFileTypes: true });
    let bytes = 0;
    for (const f of files) if (f.isFile()) bytes += (await stat(join(f.parentPath, f.name))).size;
    const total = imported.seconds + built.seconds;
    const peak = Math.max(imported.peakMb, built.peakMb);
    report('Import then build 200,000 entries: time', `${total.toFixed(1)} s`, '≤ 60 s', total <= 60);
    report('Import then build 200,000 entries: peak memory', `${peak.toFixed(0)} MB`, '≤ 1 GB', peak <= 1024);
    report('Bundle size', `${(bytes / 1e6).toFixed(1)} MB in ${files.filter((f) => f.isFile()).length} files`, 'printed', true);

    // The same, with the static pages a crawler reads (build --html), then one entry changed.
    const site = join(dir, 'site');
    const args = ['build', catalogueFile, '--out', site, '--html', '--base-url', 'https://www.example.gov.cn/gkzl/'];
    const paged = await runCli(args);
    const pages = /Wrote (\d+) pages/.exec(paged.stderr)?.[1] ?? '?';
    let pageBytes = 0;
    for (const f of await readdir(site, { recursive: true, withFileTypes: true }))
      if (f.isFile() && f.name.endsWith('.html')) pageBytes += (await stat(join(f.parentPath, f.name))).size;
    console.log(
      `  build --html: ${paged.seconds.toFixed(1)} s, peak ${paged.peakMb.toFixed(0)} MB, ${pages} pages, ${(pageBytes / 1e6).toFixed(0)} MB of HTML`,
    );
    const withPages = imported.seconds + paged.seconds;
    const pagesPeak = Math.max(imported.peakMb, paged.peakMb);
    report('Import then build 200,000 entries, JSON and static pages: time', `${withPages.toFixed(1)} s`, '≤ 120 s', withPages <= 120);
    report('Import then build 200,000 entries, JSON and static pages: peak memory', `${pagesPeak.toFixed(0)} MB`, '≤ 1 GB', pagesPeak <= 1024);
    report('Static pages', `${pages} pages, ${(pageBytes / 1e6).toFixed(0)} MB`, 'printed', true);
    const catalogue200k = JSON.parse(await readFile(catalogueFile, 'utf8')) as { entries: { title: string }[] };
    catalogue200k.entries[123_456]!.title += '（更正）';
    await writeFile(catalogueFile, JSON.stringify(catalogue200k));
    // A rebuild comes when an entry is published, long after the full build: let the disk write out
    // the full build's 680 MB of pages first, as it will have by then (else the rebuild is timed
    // against that writing).
    await new Promise((done) => execFile('sync', done));
    const again = await runCli(args);
    const rewritten = /Wrote \d+ pages \((\d+) written/.exec(again.stderr)?.[1] ?? '?';
    const shards = /\((\d+) written, \d+ unchanged/.exec(again.stderr)?.[1] ?? '?';
    report(
      'Rebuild after one entry changed (JSON and pages)',
      `${again.seconds.toFixed(1)} s: ${shards} bundle files and ${rewritten} pages rewritten`,
      '≤ 5 s',
      again.seconds <= 5,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
