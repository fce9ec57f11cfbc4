/**
 * `gov-disclosure check`: the national website check's indicators pass on the demo and on a kept
 * column, and fail on a crafted one, naming each fault — a blank area, a stale news item, a dead
 * 我要办 link (against a local server only, never the internet), a repealed document not marked,
 * a column without static pages; in text, JSON and HTML.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { run } from '../support/cli.js';
import { craftedCatalogue, TODAY } from '../support/crafted-column.js';

const DEMO = resolve(import.meta.dirname, '../../packages/demo/bundle/430121');
let dir: string;
let server: Server;
let base: string;
const asked: string[] = [];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gov-check-'));
  // The only place links go: a local server where /ok answers and /dead does not.
  server = createServer((req, res) => {
    asked.push(`${req.method} ${req.url}`);
    res.writeHead(req.url === '/ok' ? 200 : 404).end();
  });
  await new Promise<void>((up) => server.listen(0, '127.0.0.1', up));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(async () => {
  server.close();
  await rm(dir, { recursive: true, force: true });
});

async function built(name: string, options: Parameters<typeof craftedCatalogue>[0], html = true) {
  const file = join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(craftedCatalogue(options)));
  const out = join(dir, name);
  const result = await run(['build', file, '--out', out, ...(html ? ['--html', '--base-url', 'https://www.example.gov.cn/gkzl/'] : [])]);
  assert.equal(result.code, 0, result.err);
  // The attachments the data names, where the site put them.
  await mkdir(join(out, 'files'), { recursive: true });
  await writeFile(join(out, 'files/apply.pdf'), '%PDF-1.4');
  return out;
}

test('the demo column passes: every indicator, every area', { skip: !existsSync(join(DEMO, 'pages.json')) && 'run npm run demo first' }, async () => {
  const manifest = JSON.parse(await readFile(join(DEMO, 'manifest.json'), 'utf8')) as { generatedAt: string };
  const result = await run(['check', DEMO, '--today', manifest.generatedAt.slice(0, 10)]);
  assert.equal(result.code, 0, result.out);
  assert.match(result.out, /长沙县（430121）基层政务公开专栏 .*: PASS/);
  assert.match(result.out, /Every area passes\./);
});

test('a kept column passes, with its links checked against the local server', async () => {
  const out = await built('kept', { deadLink: `${base}/ok`, okLink: `${base}/ok` });
  const result = await run(['check', out, '--today', TODAY, '--links']);
  assert.equal(result.code, 0, result.out);
  assert.ok(asked.includes('HEAD /ok'), asked.join(', '));
});

test('a crafted column fails, naming the blank area, the stale item, the dead link and the unmarked repeal', async () => {
  const out = await built('faulty', { faults: true, deadLink: `${base}/dead`, okLink: `${base}/ok` });
  asked.length = 0;
  const offline = await run(['check', out, '--today', TODAY]);
  assert.equal(offline.code, 1);
  assert.equal(asked.length, 0, 'without --links nothing is fetched');
  assert.doesNotMatch(offline.out, /broken-link/);

  const result = await run(['check', out, '--today', TODAY, '--links']);
  assert.equal(result.code, 1, result.out);
  assert.match(result.out, /FAIL {2}空白栏目 \(blank\): 1/);
  assert.match(result.out, /就业: no items, and the area is not declared 不涉及/);
  assert.match(result.out, /FAIL {2}不更新栏目 \(stale\): 1/);
  assert.match(result.out, /社会救助 › 最低生活保障 › 工作动态: newest entry 2026-08-01, 111 days old \(its kind allows 14\)/);
  assert.match(result.out, /FAIL {2}链接不可用 \(broken-link\): 1/);
  assert.match(result.out, new RegExp(`我要办 办事指南: ${base}/dead — HTTP 404`));
  assert.match(result.out, /FAIL {2}已废止文件未标注 \(unmarked-repeal\): 1/);
  assert.match(result.out, /长沙县义务教育入学办法（长县教发〔2026〕1号）: a later entry repeals it, but is not marked 已废止/);
  assert.match(result.out, /pass {2}发布日期不可见 \(no-date\)/);
  // Each distinct link asked once.
  assert.equal(asked.filter((a) => a.endsWith('/dead')).length, 1);

  const json = JSON.parse((await run(['check', out, '--today', TODAY, '--format', 'json'])).out) as {
    passed: boolean;
    findings: { indicator: string }[];
    areas: { name: string; passed: boolean }[];
  };
  assert.equal(json.passed, false);
  assert.deepEqual([...new Set(json.findings.map((f) => f.indicator))].sort(), ['blank', 'stale', 'unmarked-repeal']);
  assert.equal(json.areas.find((a) => a.name === '社会救助')!.passed, false);
  assert.equal(json.areas.find((a) => a.name === '卫生健康')!.passed, true);
  const report = join(dir, 'report.html');
  assert.equal((await run(['check', out, '--today', TODAY, '--format', 'html', '-o', report])).code, 1);
  const html = await readFile(report, 'utf8');
  assert.match(html, /<h1>长沙县基层政务公开专栏检查报告<\/h1>/);
  assert.match(html, /<td>空白栏目<\/td><td><strong class="fail">未通过<\/strong><\/td><td>1<\/td>/);
});

test('a column without static pages fails: a crawler sees it blank; an entry page without its 发布日期 is named', async () => {
  const out = await built('json-only', {}, false);
  const result = await run(['check', out, '--today', TODAY]);
  assert.equal(result.code, 1);
  assert.match(result.out, /has no static pages: a crawler sees the column blank \(build it with --html\)/);
  const pages = await built('dateless', {});
  const page = join(pages, 'entry/social-assistance!1.1~1.html');
  await writeFile(page, (await readFile(page, 'utf8')).replace(/<dt>发布日期<\/dt><dd>.*?<\/dd>/, ''));
  const dateless = await run(['check', pages, '--today', TODAY]);
  assert.equal(dateless.code, 1);
  assert.match(dateless.out, /城乡低保办事指南: its page shows no 发布日期/);
  assert.match((await run(['check', join(dir, 'nowhere')])).err, /holds no manifest\.json/);
  assert.match((await run(['check', '--help'])).out, /--links/);
});
