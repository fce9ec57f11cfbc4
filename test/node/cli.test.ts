import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { createClient, type Catalogue } from '@gov-disclosure/sdk';
import { fileFetch } from '@gov-disclosure/server';
import { main } from '@gov-disclosure/cli';
import { lint } from '../../packages/cli/src/lint/lint.js';

const examples = new URL('../../../shared/standard/examples.csv', import.meta.url).pathname;
let dir: string;

/** Runs the CLI in-process; returns its exit code and what it printed. */
async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`), stdin: async () => stdin });
  return { code, out, err };
}

/** A workbook shaped like the ones counties publish: a title row, a two-row header, merged cells. */
async function countyWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('社会救助');
  ws.addRow(['长沙县社会救助领域基层政务公开标准目录']);
  ws.mergeCells('A1:N1');
  ws.addRow(['序号', '公开事项', '', '', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', '', '公开层级']);
  ws.addRow(['', '一级事项', '二级事项', '三级事项', '', '', '', '', '', '全社会', '特定群众', '主动', '依申请公开', '乡、村级']);
  ws.mergeCells('B2:D2');
  ws.mergeCells('J2:K2');
  ws.mergeCells('L2:M2');
  ws.addRow([
    1,
    '临时救助',
    '办事指南',
    '',
    '●救助对象、●申请材料、〇联系方式',
    '《社会救助暂行办法》',
    '制定或获取信息之日起10个工作日内',
    '县民政局',
    '■政府网站 □政府公报 ■便民服务站 ■村务公开栏',
    '√',
    '',
    '√',
    '',
    '√',
  ]);
  ws.addRow([
    2,
    '',
    '审批结果',
    '',
    '救助对象名单',
    '《社会救助暂行办法》',
    '10个工作日内，公示7个工作日',
    '县民政局',
    '政府网站、公开查阅点',
    '',
    '√',
    '',
    '√',
    '',
  ]);
  ws.addRow([3, '', '资金发放', '按月发放', '发放金额', '《社会救助暂行办法》', '每月10日前', '乡镇人民政府', '政府网站', '√', '', '√', '', '√']);
  // 临时救助 spans the three item rows, as published.
  ws.mergeCells('B4:B6');
  ws.addRow([4, '', '', '', '', '', '', '', '', '', '', '', '', '']);
  ws.addRow(['5', '', '', '', '这一行没有事项名称', '', '', '', '', '', '', '', '', '']);
  const wrong = wb.addWorksheet('说明');
  wrong.addRow(['填表说明']);
  wrong.addRow(['本表由县政务公开办汇总。']);
  await wb.xlsx.writeFile(path);
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gov-cli-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gov-disclosure import', { skip: !existsSync(examples) && 'shared/ is not beside this checkout' }, () => {
  test('reads examples.csv: two-row header, ■/□ channels, √ marks, 乡级 and 县级', async () => {
    const { code, out, err } = await run(['import', examples, '--jurisdiction', '430121', '--name', '长沙县']);
    assert.equal(code, 0, err);
    const catalogue = JSON.parse(out) as Catalogue;
    const dibao = catalogue.items.find((i) => i.id === 'social-assistance:1.1')!;
    assert.equal(dibao.name, '办事指南');
    assert.equal(catalogue.items.find((i) => i.id === 'social-assistance:1')!.name, '最低生活保障');
    assert.deepEqual(dibao.channels, ['website']);
    assert.deepEqual(dibao.audience, ['public']);
    assert.deepEqual(dibao.mode, ['proactive']);
    assert.deepEqual(dibao.levels, ['county', 'township']);
    assert.equal(dibao.elements!.length, 8);
    const enrolment = catalogue.items.find((i) => i.id === 'compulsory-education:1.1')!;
    assert.deepEqual([...enrolment.channels!].sort(), ['broadcast', 'new-media', 'notice-board', 'print', 'reading-room', 'website']);
    assert.deepEqual(enrolment.elements, [{ name: '随迁子女入学办法', required: true }]);
    assert.deepEqual(enrolment.levels, ['county']);
  });

  test('reads a county XLSX: merged 一级 cells, title row, variant headers, 三级事项, and reports unreadable rows', async () => {
    const file = join(dir, '社会救助领域目录.xlsx');
    await countyWorkbook(file);
    const { code, out, err } = await run(['import', file]);
    assert.equal(code, 1, 'a row could not be read');
    assert.match(err, /社会救助领域目录\.xlsx\[社会救助\]:8: no 一级事项 or 二级事项 name in this row/);
    assert.match(err, /\[说明\]:1: no catalogue header found/);
    const catalogue = JSON.parse(out) as Catalogue;
    const names = catalogue.items.map((i) => `${i.level}:${i.name}`);
    assert.deepEqual(names, ['1:临时救助', '2:办事指南', '2:审批结果', '2:资金发放', '3:按月发放']);
    const guide = catalogue.items[1]!;
    assert.equal(guide.area, 'social-assistance');
    assert.deepEqual(guide.elements, [
      { name: '救助对象', required: true },
      { name: '申请材料', required: true },
      { name: '联系方式', required: false },
    ]);
    assert.deepEqual(guide.channels, ['website', 'service-station']);
    assert.equal(guide.otherChannels, '村务公开栏');
    assert.deepEqual(guide.levels, ['township', 'village']);
    const results = catalogue.items[2]!;
    assert.deepEqual(results.audience, ['specific']);
    assert.deepEqual(results.mode, ['on-request']);
    assert.deepEqual(results.channels, ['website', 'reading-room']);
    assert.equal(catalogue.items[4]!.parent, catalogue.items[3]!.id);
  });

  test('reports values outside the vocabularies instead of dropping them silently', async () => {
    const file = join(dir, 'odd.csv');
    await writeFile(file, '一级事项,二级事项,公开对象,公开方式,办事链接\n最低生活保障,办事指南,特殊人群,主动,javascript:alert(1)\n');
    const { code, out, err } = await run(['import', file]);
    assert.equal(code, 0, 'the row was read');
    assert.match(err, /odd\.csv:2: warning: 公开对象 "特殊人群" is not a known term \(全社会 \/ 特定群体\); left empty/);
    assert.match(err, /odd\.csv:2: warning: 办事链接 "javascript:alert\(1\)" is not an http\(s\) address/);
    const item = (JSON.parse(out) as Catalogue).items[1]!;
    assert.equal(item.audience, undefined);
    assert.deepEqual(item.mode, ['proactive']);
    assert.equal(item.service, undefined);
  });

  test('detects and decodes a GBK CSV', async () => {
    const text = (await readFile(examples, 'utf8')).replace('最低生活保障', '最低生活保障（GBK）');
    const gbk = join(dir, 'gbk.csv');
    // Node has no GBK encoder; the table is written with a small mapping for the characters used.
    await writeFile(gbk, encodeGbk(text));
    const { code, out, err } = await run(['import', gbk]);
    assert.equal(code, 0, err);
    const catalogue = JSON.parse(out) as Catalogue;
    assert.equal(catalogue.items[0]!.name, '最低生活保障（GBK）');
  });

  test('gives a clear error for an empty file, a file with the wrong columns, a binary file, a missing file', async () => {
    const empty = join(dir, 'empty.csv');
    await writeFile(empty, '');
    const wrong = join(dir, 'wrong.csv');
    await writeFile(wrong, '姓名,电话\n张三,123\n');
    const binary = join(dir, 'photo.csv');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const cases: [string, RegExp][] = [
      [empty, /empty\.csv: the file is empty/],
      [wrong, /wrong\.csv:1: no catalogue header found[\s\S]*no catalogue rows could be read/],
      [binary, /photo\.csv: this is not a CSV or XLSX file/],
      [join(dir, 'missing.csv'), /missing\.csv: cannot read \(ENOENT\)/],
    ];
    for (const [file, message] of cases) {
      const { code, out, err } = await run(['import', file]);
      assert.equal(code, 2, file);
      assert.equal(out, '');
      assert.match(err, message);
      assert.doesNotMatch(err, /at .*\.ts:\d+/, 'no stack trace');
    }
  });

  test('reads entry tables and links entries to their items by name', async () => {
    const entries = join(dir, 'entries.csv');
    await writeFile(
      entries,
      '领域,一级事项,二级事项,标题,发布日期,成文日期,索引号\n社会救助,最低生活保障,办事指南,低保办事指南,2026年3月2日,2026/2/1,430121-01\n社会救助,最低生活保障,不存在,某文件,2026-01-01,,\n社会救助,最低生活保障,办事指南,日期错了,2026-13-01,,\n',
    );
    const { code, out, err } = await run(['import', examples, entries]);
    assert.equal(code, 1);
    assert.match(err, /entries\.csv:3: no catalogue item social-assistance › 最低生活保障 › 不存在/);
    assert.match(err, /entries\.csv:4: 发布日期 "2026-13-01" is not a date/);
    const catalogue = JSON.parse(out) as Catalogue;
    assert.deepEqual(catalogue.entries, [
      {
        id: 'social-assistance:1.1~1',
        item: 'social-assistance:1.1',
        title: '低保办事指南',
        publishedAt: '2026-03-02',
        writtenAt: '2026-02-01',
        indexNo: '430121-01',
      },
    ]);
  });
});

describe('gov-disclosure lint', () => {
  const base = (overrides: Partial<Catalogue> = {}): Catalogue => ({
    jurisdiction: { code: '430121', name: '长沙县', level: 'county' },
    areas: [],
    items: [],
    ...overrides,
  });
  const complete = {
    elements: [{ name: 'x', required: true }],
    basis: '依据',
    deadline: { text: '信息形成之日起20个工作日内', days: 20, unit: 'working' as const },
    responsible: '县民政局',
    mode: ['proactive' as const],
    channels: ['website' as const],
    audience: ['public' as const],
  };

  test('every rule is hit, and not hit, on crafted catalogues', () => {
    const item = { id: 'health:1', area: 'health', level: 1 as const, name: '公共卫生' };
    const leaf = { id: 'health:1.1', area: 'health', level: 2 as const, parent: 'health:1', name: '办事指南', ...complete };
    const entry = (n: number, published: string, written?: string) => ({
      id: `health:1.1~${n}`,
      item: 'health:1.1',
      title: `第${n}条`,
      publishedAt: published,
      ...(written ? { writtenAt: written } : {}),
    });
    const rules = (c: Catalogue) => new Set(lint(c, { today: '2026-11-01' }).findings.map((f) => f.rule));

    const bad = rules(
      base({
        items: [item, { ...leaf, basis: undefined, otherChannels: '电子屏', deadline: { text: '及时公开' } }],
        entries: [entry(1, '2026-01-05', '2025-11-01'), entry(2, '2026-06-01')],
      }),
    );
    for (const rule of ['area-missing', 'minimum-elements', 'vocabulary', 'deadline-unparsed', 'too-few-entries', 'stale', 'gap'] as const)
      assert.ok(bad.has(rule), `${rule} hit`);
    const late = rules(base({ items: [item, leaf], entries: [entry(1, '2026-03-20', '2026-02-01')] }));
    assert.ok(late.has('published-late'));

    const good = rules(
      base({
        areas: notApplicableAreas(),
        items: [item, leaf],
        entries: [
          entry(1, '2026-08-03', '2026-07-31'),
          entry(2, '2026-09-01', '2026-08-28'),
          entry(3, '2026-10-01', '2026-09-29'),
          entry(4, '2026-10-20', '2026-10-19'),
        ],
      }),
    );
    assert.deepEqual([...good], [], 'nothing to report on a complete, fresh catalogue');
  });

  test('prints text per area, JSON for machines, and exits 1 on errors', async () => {
    const catalogue = JSON.stringify(base({ items: [{ id: 'health:1', area: 'health', level: 1, name: '公共卫生' }] }));
    const text = await run(['lint'], catalogue);
    assert.equal(text.code, 1);
    assert.match(text.out, /卫生健康.*1/);
    assert.match(text.out, /\[minimum-elements\] 公共卫生: missing 内容、依据、时限、主体、方式、渠道、对象/);
    const json = await run(['lint', '--format', 'json'], catalogue);
    const report = JSON.parse(json.out);
    assert.equal(report.errors, 26);
    assert.equal(report.summary.find((s: { area: string }) => s.area === 'health').items, 1);
    const broken = await run(['lint'], '{"items": [');
    assert.equal(broken.code, 2);
    assert.match(broken.err, /stdin: not JSON/);
    const invalid = await run(['lint'], '{"items": [{"id": "x"}]}');
    assert.equal(invalid.code, 2);
    assert.match(invalid.err, /not a valid catalogue/);
  });
});

function notApplicableAreas() {
  // Every area declared not applicable but health, which has items.
  return [
    'major-construction',
    'public-resource-trading',
    'budget-final-accounts',
    'work-safety',
    'tax-administration',
    'land-acquisition-compensation',
    'housing-expropriation',
    'rural-dilapidated-housing',
    'poverty-alleviation',
    'disaster-relief',
    'food-drug-regulation',
    'urban-law-enforcement',
    'employment',
    'social-assistance',
    'elderly-services',
    'household-registration',
    'agricultural-subsidies',
    'compulsory-education',
    'ecology-environment',
    'public-culture',
    'public-legal-services',
    'urban-rural-planning',
    'municipal-services',
    'social-insurance',
    'affordable-housing',
  ].map((id) => ({ id, name: id, applicable: false }));
}

describe('gov-disclosure build', { skip: !existsSync(examples) && 'shared/ is not beside this checkout' }, () => {
  test('writes a bundle the SDK reads, incrementally, and every command has --help', async () => {
    const catalogueFile = join(dir, 'catalogue.json');
    assert.equal((await run(['import', examples, '-o', catalogueFile])).code, 0);
    const out = join(dir, 'bundle');
    const first = await run(['build', catalogueFile, '--out', out]);
    assert.equal(first.code, 0, first.err);
    assert.match(first.err, /Wrote .*bundle: \d+ files/);
    const files = await readdir(out, { recursive: true });
    assert.ok(files.some((f) => /^search\/meta\.[0-9a-f]{12}\.json$/.test(String(f))));
    assert.ok(files.some((f) => /^search\/p\/0\.[\w-]{4}\.json$/.test(String(f))));
    const client = createClient({ src: `file://${out}/manifest.json`, fetch: fileFetch });
    const manifest = (await client.column()).jurisdiction;
    assert.equal(manifest.code, '000000');
    const items = await client.items('social-assistance');
    assert.equal(items[0]!.name, '最低生活保障');
    const again = await run(['build', catalogueFile, '--out', out]);
    assert.match(again.err, /1 written, \d+ unchanged, 0 removed/);
    for (const command of ['import', 'lint', 'build']) {
      const help = await run([command, '--help']);
      assert.equal(help.code, 0);
      assert.match(help.out, new RegExp(`gov-disclosure ${command}`));
    }
    assert.match((await run(['build', catalogueFile])).err, /--out <dir>/);
    assert.match((await run(['build', '--help'])).out, /--matrix <catalogue.json>/);
  });

  test("--matrix merges a county into a city's search index: one search, hits named by jurisdiction", async () => {
    const catalogueFile = join(dir, 'catalogue.json');
    assert.equal((await run(['import', examples, '-o', catalogueFile])).code, 0);
    const catalogue = JSON.parse(await readFile(catalogueFile, 'utf8')) as Catalogue;
    const city = join(dir, 'city.json');
    const county = join(dir, 'county.json');
    await writeFile(city, JSON.stringify({ ...catalogue, jurisdiction: { code: '430100', name: '长沙市', level: 'city' } }));
    await writeFile(county, JSON.stringify({ ...catalogue, jurisdiction: { code: '430121', name: '长沙县', level: 'county' } }));
    const out = join(dir, 'city-bundle');
    const built = await run(['build', city, '--matrix', county, '--out', out]);
    assert.equal(built.code, 0, built.err);
    const { search } = await import('@gov-disclosure/sdk/search');
    const results = await search(createClient({ src: `file://${out}/manifest.json`, fetch: fileFetch }), '低保');
    assert.deepEqual(results.facets!.jurisdiction!.map((f) => f.label).sort(), ['长沙县', '长沙市']);
    assert.equal(results.hits[0]!.itemName, '最低生活保障');
    assert.deepEqual(new Set(results.hits.map((h) => h.jurisdiction!.name)), new Set(['长沙市', '长沙县']));
    assert.match((await run(['frobnicate'])).err, /unknown command "frobnicate"/);
  });
});

/** GBK bytes for the characters of examples.csv (ASCII passes through). */
function encodeGbk(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  // Build the mapping by decoding every two-byte GBK code once.
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const gbk = table.get(ch);
      if (!gbk) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...gbk);
    }
  }
  return Buffer.from(bytes);
}

describe('gov-disclosure import never loses a column', () => {
  /** The four optional columns, their header cells merged down over both header rows, as counties publish them. */
  const OPTIONAL = [
    ['事项类型', '服务类'],
    ['公开内容标题', '低保办事指南'],
    ['五公开', '执行'],
    ['公开时长', '长期'],
  ] as const;
  const expectOptional = (item: Catalogue['items'][number]) => {
    assert.equal(item.itemType, '服务类');
    assert.equal(item.contentTitle, '低保办事指南');
    assert.deepEqual(item.stages, ['execution']);
    assert.equal(item.duration, '长期');
  };

  test('XLSX: header cells merged down over both rows keep their columns; other columns are reported once', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('社会救助');
    ws.addRow(['公开事项', '', '公开对象', '', ...OPTIONAL.map(([label]) => label), '备注']);
    ws.addRow(['一级事项', '二级事项', '全社会', '特定群体', ...OPTIONAL.map(([label]) => label), '备注']);
    ws.mergeCells('A1:B1');
    ws.mergeCells('C1:D1');
    // E1:E2 … H1:H2 and I1:I2: exceljs reads each vertical merge as its label in both rows.
    for (const col of ['E', 'F', 'G', 'H', 'I']) ws.mergeCells(`${col}1:${col}2`);
    ws.addRow(['最低生活保障', '办事指南', '√', '', ...OPTIONAL.map(([, value]) => value), '无']);
    const file = join(dir, 'merged.xlsx');
    await wb.xlsx.writeFile(file);
    const { code, out, err } = await run(['import', file]);
    assert.equal(code, 0, err);
    expectOptional((JSON.parse(out) as Catalogue).items[1]!);
    assert.match(err, /merged\.xlsx\[社会救助\]:1: note: column I "备注" ignored: not a catalogue field/);
    assert.equal(err.match(/ignored/g)?.length, 1, err);
  });

  test('CSV: a column labelled only in the first header row keeps its values', async () => {
    const file = join(dir, 'merged.csv');
    const header1 = ['公开事项', '', '公开对象', '', ...OPTIONAL.map(([label]) => label), '经办人'];
    const header2 = ['一级事项', '二级事项', '全社会', '特定群体', '', '', '', '', ''];
    const row = ['最低生活保障', '办事指南', '√', '', ...OPTIONAL.map(([, value]) => value), '张三'];
    await writeFile(file, [header1, header2, row].map((r) => r.join(',')).join('\n') + '\n');
    const { code, out, err } = await run(['import', file, '--area', '社会救助']);
    assert.equal(code, 0, err);
    expectOptional((JSON.parse(out) as Catalogue).items[1]!);
    assert.match(err, /merged\.csv:1: note: column I "经办人" ignored/);
  });

  test('--area takes an id, a name, a name with 领域, or a name variant; anything else is refused', async () => {
    const file = join(dir, 'no-area.csv');
    await writeFile(file, '一级事项,二级事项\n事项甲,办事指南\n');
    for (const [given, id] of [
      ['social-assistance', 'social-assistance'],
      ['社会救助', 'social-assistance'],
      ['社会救助领域', 'social-assistance'],
      ['医疗卫生', 'health'],
    ] as const) {
      const { code, out, err } = await run(['import', file, '--area', given]);
      assert.equal(code, 0, `${given}: ${err}`);
      assert.equal((JSON.parse(out) as Catalogue).items[0]!.area, id, given);
    }
    const { code, err } = await run(['import', file, '--area', '宇宙探索']);
    assert.equal(code, 2);
    assert.match(err, /--area "宇宙探索" is not one of the 26 standard areas/);
  });

  test('a note under the table is reported as a note, and the exit code stays 0', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('社会救助');
    ws.addRow(['一级事项', '二级事项', '公开内容（要素）']);
    ws.addRow(['最低生活保障', '办事指南', '救助对象']);
    ws.addRow(['注：本目录根据国务院部门标准指引编制。', '', '']);
    ws.addRow(['说明：“√”表示适用。']);
    ws.mergeCells('A4:C4');
    ws.addRow(['备注']);
    const file = join(dir, 'notes.xlsx');
    await wb.xlsx.writeFile(file);
    const { code, out, err } = await run(['import', file]);
    assert.equal(code, 0, err);
    assert.equal((JSON.parse(out) as Catalogue).items.length, 2);
    assert.match(err, /notes\.xlsx\[社会救助\]:3: note: a note, not a row of data: "注：本目录/);
    assert.match(err, /:4: note: a note, not a row of data: "说明：/);
    assert.match(err, /:5: note: a note, not a row of data: "备注"/);
    assert.match(err, /0 row\(s\) could not be read/);
  });
});

test(
  "the README's import | lint lines run as written: the partial example passes with --only-areas and fails without, saying why",
  { skip: !existsSync(examples) && 'shared/ is not beside this checkout' },
  async () => {
    const { execFile } = await import('node:child_process');
    const { readFile } = await import('node:fs/promises');
    const { resolve } = await import('node:path');
    const root = resolve(import.meta.dirname, '../..');
    const lines = (await readFile(join(root, 'README.md'), 'utf8')).split('\n').filter((line) => line.startsWith('npx gov-disclosure import ../shared/'));
    assert.equal(lines.length, 2, lines.join('\n'));
    const shell = (command: string) =>
      new Promise<{ code: number; out: string }>((done) =>
        execFile('sh', ['-c', command], { cwd: root }, (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, out: stdout + stderr })),
      );
    const clean = await shell(lines[0]!);
    assert.equal(clean.code, 0, clean.out);
    assert.match(clean.out, /0 errors, 0 warnings/);
    const failing = await shell(lines[1]!);
    assert.equal(failing.code, 1, failing.out);
    assert.match(failing.out, /24 of the 26 areas have no items\. A county's catalogue covers all 26/);
    assert.match(failing.out, /--only-areas/);
  },
);
