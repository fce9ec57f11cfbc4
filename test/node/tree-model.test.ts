/**
 * The catalogue tree's model and keys, without a browser: levels load once and on demand, a failed
 * branch stays closed and can be tried again, a filter shows every match with its path, and the
 * keys of the WAI-ARIA tree pattern do what the pattern says.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Area, CatalogueItem } from '@gov-disclosure/sdk';
import { treeKey, TypeAhead, typeAheadTarget } from '../../packages/elements/src/components/catalogue-tree/tree-keys.js';
import { matchesFilter, NameFilter, TreeModel, type TreeNode } from '../../packages/elements/src/components/catalogue-tree/tree-model.js';

const AREAS: Area[] = [
  { id: 'social-assistance', name: '社会救助', itemCount: 2 },
  { id: 'employment', name: '就业', itemCount: 1 },
  { id: 'none', name: '不涉及的领域', itemCount: 0, applicable: false },
] as Area[];

const item = (id: string, name: string, level: 1 | 2, childCount = 0, extra: Partial<CatalogueItem> = {}) =>
  ({ id, name, level, area: id.slice(0, id.indexOf(':')), childCount, ...extra }) as CatalogueItem;

const ITEMS: Record<string, CatalogueItem[]> = {
  'social-assistance/': [item('social-assistance:1', '最低生活保障', 1, 2), item('social-assistance:2', '特困人员救助供养', 1, 0, { stages: ['result'] })],
  'social-assistance/social-assistance:1': [
    item('social-assistance:1.1', '办事指南', 2, 0, { stages: ['service'] }),
    item('social-assistance:1.2', '结果公示', 2, 0, { stages: ['result'] }),
  ],
  'employment/': [item('employment:1', '就业创业证', 1)],
};

function model(fail = new Set<string>()) {
  const asked: string[] = [];
  const failed: string[] = [];
  let changes = 0;
  const busy: boolean[] = [];
  const m = new TreeModel({
    async items(area, parent) {
      const key = `${area}/${parent ?? ''}`;
      asked.push(key);
      if (fail.has(key)) throw new Error('503');
      return ITEMS[key] ?? [];
    },
    changed: () => changes++,
    failed: (node) => failed.push(node.id),
    loadingAll: (on) => busy.push(on),
  });
  m.setAreas(AREAS);
  return { m, asked, failed, busy, changes: () => changes };
}

const ids = (rows: TreeNode[]) => rows.map((r) => r.id);

test('areas first (不涉及 left out), each level loaded once when first opened, even when asked twice at once', async () => {
  const { m, asked } = model();
  assert.deepEqual(ids(m.rows()), ['area:social-assistance', 'area:employment']);
  assert.equal(m.itemCount(), 3);
  const area = m.nodes.get('area:social-assistance')!;
  await Promise.all([m.toggle(area, true), m.ensureChildren(area)]);
  assert.deepEqual(asked, ['social-assistance/']);
  assert.deepEqual(ids(m.rows()), ['area:social-assistance', 'social-assistance:1', 'social-assistance:2', 'area:employment']);
  const first = m.nodes.get('social-assistance:1')!;
  assert.deepEqual([first.position, first.siblings, first.parent?.id], [1, 2, 'area:social-assistance']);
  assert.equal(m.hasChildren(m.nodes.get('social-assistance:2')!), false);
  await m.toggle(area, false);
  assert.deepEqual(ids(m.rows()), ['area:social-assistance', 'area:employment']);
});

test('open() finds an item deep in its area, loading levels until it appears, and expands its path', async () => {
  const { m } = model();
  const node = await m.open('social-assistance:1.2');
  assert.equal(node?.name, '结果公示');
  assert.deepEqual(ids(m.rows()), [
    'area:social-assistance',
    'social-assistance:1',
    'social-assistance:1.1',
    'social-assistance:1.2',
    'social-assistance:2',
    'area:employment',
  ]);
  assert.equal(await m.open('social-assistance:9'), undefined);
  // An area opens itself.
  await m.open('area:employment');
  assert.ok(m.expanded.has('area:employment'));
});

test('a branch that fails stays closed and is said; after forgetting, loading all tries it again', async () => {
  const fail = new Set(['social-assistance/social-assistance:1']);
  const { m, failed, asked, busy } = model(fail);
  await m.loadAll();
  assert.deepEqual(failed, ['social-assistance:1']);
  assert.equal(m.nodes.get('social-assistance:1')!.children, undefined);
  assert.deepEqual(busy, [true, false], 'said while all levels load');
  fail.clear();
  await m.loadAll();
  assert.equal(asked.filter((k) => k === 'social-assistance/social-assistance:1').length, 1, 'load-all is kept until forgotten');
  m.forgetLoaded();
  await m.loadAll();
  assert.equal(m.nodes.get('social-assistance:1')!.children?.length, 2);
});

test('a filter shows every match and the path to it, open whatever was expanded; the rows are worked out once per change', async () => {
  const { m } = model();
  await m.loadAll();
  const f = { stage: 'result' as const };
  const match = (node: TreeNode) => matchesFilter(node, f);
  assert.deepEqual(ids(m.rows(match)), ['area:social-assistance', 'social-assistance:1', 'social-assistance:1.2', 'social-assistance:2']);
  assert.equal(m.rows(match), m.rows(match), 'the same rows until something changes');
  const names = new NameFilter('指南');
  assert.deepEqual(ids(m.rows((node) => matchesFilter(node, { text: '指南' }, names))), [
    'area:social-assistance',
    'social-assistance:1',
    'social-assistance:1.1',
  ]);
  // A name as shown counts too (繁體 typed against 简体 data, before the matcher is in).
  assert.equal(new NameFilter('辦事', (name) => name.replace('办', '辦')).matches('办事指南'), true);
});

test('the keys of the tree pattern: ↓ and End move, → opens then steps in, ← closes then steps out, Enter chooses, * opens the siblings', async () => {
  const { m } = model();
  const area = m.nodes.get('area:social-assistance')!;
  let rows = m.rows();
  assert.equal(treeKey('ArrowDown', rows, 0, m, false)?.move?.id, 'area:employment');
  assert.equal(treeKey('End', rows, 0, m, false)?.move?.id, 'area:employment');
  assert.deepEqual(treeKey('ArrowRight', rows, 0, m, false)?.toggle, [area, true]);
  await m.toggle(area, true);
  rows = m.rows();
  assert.equal(treeKey('ArrowRight', rows, 0, m, false)?.move?.id, 'social-assistance:1');
  assert.deepEqual(treeKey('ArrowLeft', rows, 0, m, false)?.toggle, [area, false]);
  assert.equal(treeKey('ArrowLeft', rows, 1, m, false)?.move?.id, 'area:social-assistance');
  // Under a filter, ← steps out: branches on show stay open.
  assert.equal(treeKey('ArrowLeft', rows, 0, m, true)?.move, undefined);
  assert.equal(treeKey('Enter', rows, 1, m, false)?.activate?.id, 'social-assistance:1');
  assert.deepEqual(
    treeKey('*', rows, 1, m, false)?.open?.map((n) => n.id),
    ['social-assistance:1', 'social-assistance:2'],
  );
  assert.equal(treeKey('x', rows, 1, m, false), undefined);
});

test('type-ahead: keys close together make a word; a pause starts again; the same key cycles', () => {
  const typing = new TypeAhead();
  const key = (k: string, at: number) => typing.word({ key: k, timeStamp: at, ctrlKey: false, metaKey: false, altKey: false });
  assert.equal(key('b', 0), 'b');
  assert.equal(key('a', 100), 'ba');
  assert.equal(key('c', 2000), 'c');
  assert.equal(key('c', 2100), 'c', 'the same key again cycles');
  assert.equal(typing.word({ key: 'a', timeStamp: 2200, ctrlKey: true, metaKey: false, altKey: false }), undefined);
  assert.equal(key(' ', 2300), undefined);
  const rows = ['北山镇', '安沙镇', '白沙镇', '北盛镇'];
  assert.equal(
    typeAheadTarget(rows, 0, '北', (r) => [r]),
    '北盛镇',
    'a first letter looks after the current row',
  );
  assert.equal(
    typeAheadTarget(rows, 0, '北山', (r) => [r]),
    '北山镇',
    'a word looks from it',
  );
  assert.equal(
    typeAheadTarget(rows, 0, '无', (r) => [r]),
    undefined,
  );
});
