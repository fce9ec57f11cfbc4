/**
 * gov-disclosure lint: every rule hit, and not hit, on crafted catalogues; the report as text per
 * area and as JSON, and its exit codes.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lint } from '../../packages/cli/src/lint/lint.js';
import { STANDARD_AREAS, type Catalogue } from '@gov-disclosure/sdk';
import { run } from '../support/cli.js';

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
  return STANDARD_AREAS.filter((area) => area.id !== 'health').map(({ id }) => ({ id, name: id, applicable: false }));
}
