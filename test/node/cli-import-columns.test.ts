/**
 * gov-disclosure import never loses a column: the optional columns of a table (merged down over both
 * header rows, or labelled in the first row only) keep their values, --area names the area of a
 * table without one, and notes under a table are reported as notes.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Catalogue } from '@gov-disclosure/sdk';
import { run } from '../support/cli.js';

let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gov-cli-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

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
