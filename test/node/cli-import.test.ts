/**
 * gov-disclosure import: catalogue tables as counties publish them (examples.csv, a county XLSX with
 * merged cells and a title row, a GBK CSV, entry tables), read into a catalogue, with what cannot be
 * read reported clearly. The optional columns are in cli-import-columns.test.ts.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Catalogue } from '@gov-disclosure/sdk';
import { examples, run } from '../support/cli.js';

let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gov-cli-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

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

  test('reads entry tables and links entries to their items by name, with a document’s kind and 废止日期', async () => {
    const entries = join(dir, 'entries.csv');
    await writeFile(
      entries,
      '领域,一级事项,二级事项,标题,发布日期,成文日期,索引号,文件类型,有效性,废止日期\n社会救助,最低生活保障,办事指南,低保办事指南,2026年3月2日,2026/2/1,430121-01,,,\n社会救助,最低生活保障,不存在,某文件,2026-01-01,,,,,\n社会救助,最低生活保障,办事指南,日期错了,2026-13-01,,,,,\n社会救助,最低生活保障,办事指南,长沙县最低生活保障实施办法,2019-05-06,,,行政规范性文件,已废止,2026年6月30日\n',
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
      // The annual report's kind of document and its 废止日期, where the table has them.
      {
        id: 'social-assistance:1.1~2',
        item: 'social-assistance:1.1',
        title: '长沙县最低生活保障实施办法',
        publishedAt: '2019-05-06',
        validity: 'repealed',
        repealedAt: '2026-06-30',
        documentKind: 'normative',
      },
    ]);
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
