/**
 * Journey 11 of ../shared/journeys.md, Find my county, as a citizen makes it on the demo (`npm start`):
 * the column's 公开地图, its geographic map drawn from standard GeoJSON (RFC 7946: outer rings
 * counter-clockwise, as GIS tools export them; examples/column/counties.geojson), a county chosen on
 * it, Back, and a township's own column. In three engines and two sizes, as test/node/journeys.test.ts;
 * screenshots in test/screenshots/journeys/11-*.png.
 *
 * `GOV_ENGINES=chromium` runs one engine.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../support/demo-browser.js';
import { deep, enginesToRun, type EngineName, type Tab } from '../support/engines.js';
import { assertChinese, assertTargets, column, COLUMN, finish, SIZES, start, texts, useDemoServer, useEngine } from '../support/journey.js';

useDemoServer();

const MAP = `${COLUMN} >>> gov-disclosure-map`;
const COUNTIES = ['长沙县', '芙蓉区', '天心区', '岳麓区', '开福区', '雨花区', '望城区', '浏阳市', '宁乡市'];

/** The column shows the column of `name` (its title), with `code` in the address (none: the page's own). */
const showing = (name: string, code?: string) =>
  `${column(`c.shadowRoot.querySelector('h1')?.textContent.trim() === ${JSON.stringify(`${name}基层政务公开标准化规范化专栏`)}`)} && ${code ? `location.hash.includes('gov-jurisdiction=${code}')` : `!location.hash.includes('gov-jurisdiction')`}`;

/** Taps one of the map's views (示意图, 列表, 地图) and waits for it to be pressed. */
async function view(tab: Tab, label: string): Promise<void> {
  await tab.waitFor(`${deep(`${MAP} >>> .views button`)}.length === 3`);
  const views = await texts(tab, `${MAP} >>> .views button`);
  assert.ok(views.includes(label), views.join(' '));
  await tab.tap(`${MAP} >>> .views button`, views.indexOf(label));
  await tab.waitFor(`${deep(`${MAP} >>> .views button[aria-pressed="true"]`)}[0]?.textContent.trim() === ${JSON.stringify(label)}`);
}

interface Drawn {
  frame: { width: number; height: number };
  regions: { name: string; x: number; y: number; width: number; height: number }[];
}

/** Each county's shape as drawn on screen, relative to the map's frame. */
const drawn = (tab: Tab) =>
  tab.evaluate<Drawn>(`(() => {
    const svg = ${deep(`${MAP} >>> svg`)}[0];
    const f = svg.getBoundingClientRect();
    return {
      frame: { width: f.width, height: f.height },
      regions: [...svg.querySelectorAll('.region')].map((r) => {
        const b = r.querySelector('path').getBoundingClientRect();
        return { name: r.getAttribute('aria-label'), x: b.left - f.left, y: b.top - f.top, width: b.width, height: b.height };
      }),
    };
  })()`);

test('the demo map is standard GeoJSON: RFC 7946 winds outer rings counter-clockwise, holes clockwise', () => {
  const geojson = JSON.parse(readFileSync(join(ROOT, 'examples/column/counties.geojson'), 'utf8')) as {
    features: { properties: { name: string }; geometry: { type: string; coordinates: number[][][] | number[][][][] } }[];
  };
  // Twice the signed area in longitude × latitude: positive counter-clockwise.
  const area = (ring: number[][]) => ring.slice(1).reduce((sum, [x, y], i) => sum + ring[i]![0]! * y! - x! * ring[i]![1]!, 0);
  assert.deepEqual(geojson.features.map((f) => f.properties.name).sort(), [...COUNTIES].sort());
  for (const { properties, geometry } of geojson.features) {
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
    for (const rings of polygons) rings.forEach((ring, i) => assert.ok(i === 0 ? area(ring) > 0 : area(ring) < 0, `${properties.name} ring ${i}`));
  }
});

const engines: EngineName[] = enginesToRun();

for (const name of engines) {
  describe(`journey 11 in ${name}`, () => {
    const engine = useEngine(name);

    for (const size of SIZES) {
      describe(`on a ${size.name}${size.elderly ? ' (关怀模式, largest font)' : ''}`, () => {
        test('11. Find my county', async () => {
          const tab = await start(engine, size);
          // A device an earlier journey left in 关怀模式: the desktop's is the standard one.
          if (!size.elderly && (await tab.evaluate<boolean>(column(`c.getAttribute('mode') === 'elderly'`)))) {
            await tab.evaluate('(localStorage.clear(), true)');
            await tab.reload();
            await tab.waitFor(`${column(`c.getAttribute('mode') !== 'elderly'`)} && ${deep(`${COLUMN} >>> [role="tab"]#tab-map`)}.length === 1`);
          }
          // 公开地图, the fourth tab.
          await tab.tap(`${COLUMN} >>> [role="tab"]#tab-map`);
          await tab.waitFor(column(`c.shadowRoot.querySelector('#tab-map')?.getAttribute('aria-selected') === 'true'`));
          // The geographic map, drawn from RFC 7946 GeoJSON: every county, each its own county-sized shape.
          await view(tab, '地图');
          await tab.waitFor(`${deep(`${MAP} >>> .region path`)}.length === ${COUNTIES.length}`, 30_000);
          const { frame, regions } = await drawn(tab);
          assert.deepEqual(regions.map((r) => r.name).sort(), [...COUNTIES].sort());
          assert.ok(frame.width > 200 && frame.height > 100, JSON.stringify(frame));
          for (const r of regions) {
            // Not one square filling the frame (what d3-geo makes of a counter-clockwise ring): a part of it.
            assert.ok(r.width > frame.width / 20 && r.width < frame.width * 0.75, `${r.name} is ${Math.round(r.width)} px wide of ${Math.round(frame.width)}`);
            assert.ok(
              r.height > frame.height / 20 && r.height < frame.height * 0.75,
              `${r.name} is ${Math.round(r.height)} px tall of ${Math.round(frame.height)}`,
            );
            assert.ok(
              r.width * r.height < (frame.width * frame.height) / 3,
              `${r.name} takes ${Math.round((100 * r.width * r.height) / (frame.width * frame.height))}% of the map`,
            );
            assert.ok(r.x >= -1 && r.y >= -1 && r.x + r.width <= frame.width + 1 && r.y + r.height <= frame.height + 1, `${r.name} inside the frame`);
          }
          // Each in a place of its own, and together they fill the frame's width.
          assert.equal(new Set(regions.map((r) => `${Math.round(r.x)},${Math.round(r.y)}`)).size, COUNTIES.length, 'one place each');
          const span = Math.max(...regions.map((r) => r.x + r.width)) - Math.min(...regions.map((r) => r.x));
          assert.ok(span > frame.width * 0.9, `the counties span ${Math.round(span)} of ${Math.round(frame.width)} px`);
          // Each name on its own county.
          const labels = await tab.evaluate<{ text: string; x: number; y: number; width: number; height: number }[]>(
            `${deep(`${MAP} >>> .labels span`)}.map((l) => { const b = l.getBoundingClientRect(), f = ${deep(`${MAP} >>> svg`)}[0].getBoundingClientRect(); return { text: l.textContent.trim(), x: b.left - f.left, y: b.top - f.top, width: b.width, height: b.height }; })`,
          );
          assert.deepEqual(labels.map((l) => l.text).sort(), [...COUNTIES].sort());
          for (const l of labels) {
            const r = regions.find((g) => g.name === l.text)!;
            assert.ok(
              l.x >= r.x - 1 && l.x + l.width <= r.x + r.width + 1 && l.y >= r.y - 1 && l.y + l.height <= r.y + r.height + 1,
              `${l.text}'s name on its county: ${JSON.stringify({ l, r })}`,
            );
          }
          // One selector at a time: deep() reads a list of them as one path.
          if (size.elderly) for (const target of ['.views button', '.region']) await assertTargets(tab, `${MAP} >>> ${target}`);
          await assertChinese(tab);
          await finish(tab, '11-find-my-county-map', size);

          // Choosing a county shows that county's column.
          // (Its shape: WebKit's driver finds an SVG link itself not interactable.)
          await tab.tap(`${MAP} >>> .region[aria-label="芙蓉区"] path`);
          await tab.waitFor(showing('芙蓉区', '430102'), 30_000);
          // Back returns to the map of the column the citizen came from.
          await tab.back();
          await tab.waitFor(`${showing('长沙县')} && ${column(`c.shadowRoot.querySelector('#tab-map')?.getAttribute('aria-selected') === 'true'`)}`, 30_000);
          await tab.waitFor(`${deep(`${MAP} >>> .views button`)}.length === 3`, 30_000);

          // A township opens its own column, not the county's.
          await view(tab, '示意图');
          await tab.waitFor(`${deep(`${MAP} >>> .card.township`)}.length === 17`, 30_000);
          const headings = await texts(tab, `${MAP} >>> .sub`);
          assert.deepEqual(headings, ['长沙市下辖县（市、区）', '长沙县下辖乡镇（街道）']);
          if (size.elderly) for (const target of ['.views button', '.card']) await assertTargets(tab, `${MAP} >>> ${target}`);
          // The screenshot shows the townships.
          await tab.evaluate(`(${deep(`${MAP} >>> .sub`)}[1].scrollIntoView({ block: 'start' }), true)`);
          await finish(tab, '11-find-my-county-townships', size);
          const townships = await texts(tab, `${MAP} >>> .card.township .name`);
          await tab.tap(`${MAP} >>> .card.township`, townships.indexOf('星沙街道'));
          await tab.waitFor(showing('星沙街道', '430121001'), 30_000);
          // Its own home: its latest disclosures and its areas, not an empty catalogue.
          await tab.waitFor(`${deep(`${COLUMN} >>> .latest li time`)}.length > 0 && ${deep(`${COLUMN} >>> .areas li`)}.length === 26`, 30_000);
          assert.match((await texts(tab, `${COLUMN} >>> .away`))[0] ?? '', /当前显示：星沙街道的专栏/);
          await assertChinese(tab);
          await tab.evaluate('(scrollTo(0, 0), true)');
          await finish(tab, '11-find-my-county', size);
          // 关怀模式 and the font stay with the device: leave it as it was found.
          await tab.evaluate('(localStorage.clear(), true)');
          await tab.close();
        });
      });
    }
  });
}
