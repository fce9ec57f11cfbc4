import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GovJurisdictionChangeEvent } from '../../events/index.js';
import { $, $$, demoClient, fixtureSrc, until } from '../../../../../test/support/elements.js';
import './gov-disclosure-map.js';
import type { GovDisclosureMap } from './disclosure-map.js';

/** A square ring, counter-clockwise as RFC 7946 winds an outer ring (east, then north). */
const ccw = (west: number, south: number, east: number, north: number) => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];
const cw = (west: number, south: number, east: number, north: number) => ccw(west, south, east, north).reverse();

/**
 * Counties as GIS tools export them (RFC 7946: outer rings counter-clockwise, holes clockwise): 长沙县
 * with a hole in which 芙蓉区 lies, 浏阳市 in two parts, 宁乡市 plain. `d3` winds every ring the other way.
 */
function rfc7946(order: 'rfc7946' | 'd3' = 'rfc7946'): string {
  const wind = (ring: number[][]) => (order === 'd3' ? [...ring].reverse() : ring);
  const feature = (code: string, name: string, geometry: { type: string; coordinates: unknown }) => ({ type: 'Feature', properties: { code, name }, geometry });
  const polygon = (...rings: number[][][]) => ({ type: 'Polygon', coordinates: rings.map(wind) });
  const collection = {
    type: 'FeatureCollection',
    features: [
      feature('430121', '长沙县', polygon(ccw(112.4, 28.0, 113.0, 28.6), cw(112.6, 28.2, 112.8, 28.4))),
      feature('430102', '芙蓉区', polygon(ccw(112.62, 28.22, 112.78, 28.38))),
      feature('430181', '浏阳市', {
        type: 'MultiPolygon',
        coordinates: [[ccw(113.0, 28.0, 113.3, 28.28)], [ccw(113.0, 28.32, 113.3, 28.6)]].map((p) => p.map(wind)),
      }),
      feature('430182', '宁乡市', polygon(ccw(112.1, 28.0, 112.4, 28.6))),
    ],
  };
  return URL.createObjectURL(new Blob([JSON.stringify(collection)], { type: 'application/geo+json' }));
}

/** Each region's drawn box, in the SVG's user units (the frame is 600×420). */
function boxes(el: GovDisclosureMap): Record<string, DOMRect> {
  return Object.fromEntries($$(el, '.region').map((r) => [r.getAttribute('aria-label')!, (r.querySelector('path') as SVGPathElement).getBBox()]));
}

async function map(template = html`<gov-disclosure-map .client=${demoClient()}></gov-disclosure-map>`): Promise<GovDisclosureMap> {
  const el = await fixture<GovDisclosureMap>(template);
  await until(() => $$(el, '.card, .list a, .region').length > 0, 5000, 'map');
  return el;
}

describe('<gov-disclosure-map>', () => {
  it('draws the 1+9 matrix as a schematic: the city, nine counties, the current county’s townships', async () => {
    const el = await map();
    expect($(el, '.card.city')!.textContent).to.contain('长沙市');
    expect($$(el, '.card.county')).to.have.length(9);
    const current = $(el, '[aria-current="true"]')!;
    expect(current.textContent).to.contain('长沙县');
    expect($$(el, '.card.township').length).to.equal(17);
    expect($$(el, '.sub').map((h) => h.textContent)).to.deep.equal(['长沙市下辖县（市、区）', '长沙县下辖乡镇（街道）']);
    // Each county's own column: its static pages, which the column takes over where scripts run.
    expect(($(el, '.card.county') as HTMLAnchorElement).getAttribute('href')).to.match(/\/bundle\/4301\d\d\/$/);
  });

  /** Each sub-heading of the schematic, with the levels of the cards listed under it. */
  const listings = (el: GovDisclosureMap) =>
    $$(el, '.schematic .sub').map((h) => ({
      heading: h.textContent!.trim(),
      levels: [...new Set([...h.nextElementSibling!.querySelectorAll('.card .level')].map((l) => l.textContent!.replace('（当前）', '').trim()))],
    }));

  it('heads each list with what it lists: a city’s counties are its 县（市、区）, a county’s townships its 乡镇（街道）', async () => {
    const city = await map(html`<gov-disclosure-map .client=${demoClient('430100')}></gov-disclosure-map>`);
    expect($(city, '.card.city.current')!.textContent).to.contain('长沙市');
    expect(listings(city)).to.deep.equal([{ heading: '长沙市下辖县（市、区）', levels: ['县（市、区）'] }]);
    expect($$(city, '.card.county')).to.have.length(9);
    expect($$(city, '.card.township')).to.have.length(0);
    const county = await map();
    expect(listings(county)).to.deep.equal([
      { heading: '长沙市下辖县（市、区）', levels: ['县（市、区）'] },
      { heading: '长沙县下辖乡镇（街道）', levels: ['乡镇（街道）'] },
    ]);
    // The lists are named by their headings.
    for (const list of $$(county, '.schematic ul')) expect(list.getAttribute('aria-labelledby')).to.equal(list.previousElementSibling!.id);
  });

  it('is one tab stop, walked with the arrow keys', async () => {
    const el = await map();
    const cards = $$(el, '[data-roving]');
    expect(cards.filter((c) => c.tabIndex === 0)).to.have.length(1);
    cards[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(cards[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(cards.at(-1));
    expect(cards.filter((c) => c.tabIndex === 0)).to.deep.equal([cards.at(-1)]);
    await expect(el).to.be.accessible();
  });

  it('switches the column in place when navigate="switch"', async () => {
    const el = await map(html`<gov-disclosure-map .client=${demoClient()} navigate="switch"></gov-disclosure-map>`);
    const chosen = new Promise<GovJurisdictionChangeEvent>((resolve) => el.addEventListener('gov-jurisdiction-change', resolve, { once: true }));
    const before = location.href;
    const furong = $$(el, '.card.county').find((c) => c.textContent!.includes('芙蓉区'))!;
    furong.click();
    const { detail } = await chosen;
    expect(detail.jurisdiction.code).to.equal('430102');
    expect(detail.jurisdiction.data!.src).to.match(/430102\/manifest\.json$/);
    expect(location.href).to.equal(before);
  });

  it('opens a township’s own column, not its county’s', async () => {
    const el = await map();
    const townships = $$(el, '.card.township') as HTMLAnchorElement[];
    expect(townships).to.have.length(17);
    for (const card of townships) expect(card.getAttribute('href')).to.match(/\/bundle\/townships\/430121\d{3}\/$/);
    // In place: the township's own data, whose column is the township's.
    const inPlace = await map(html`<gov-disclosure-map .client=${demoClient()} navigate="switch"></gov-disclosure-map>`);
    const chosen = new Promise<GovJurisdictionChangeEvent>((resolve) => inPlace.addEventListener('gov-jurisdiction-change', resolve, { once: true }));
    $$(inPlace, '.card.township')
      .find((c) => c.textContent!.includes('星沙街道'))!
      .click();
    const { jurisdiction } = (await chosen).detail;
    expect(jurisdiction.code).to.equal('430121001');
    expect(jurisdiction.data?.src).to.match(/\/430121001\/manifest\.json$/);
    const manifest = (await (await fetch(jurisdiction.data!.src!)).json()) as { jurisdiction: { code: string; name: string } };
    expect(manifest.jurisdiction).to.include({ code: '430121001', name: '星沙街道' });
  });

  it('follows the link of a column it cannot switch to (no data), even when asked to switch', async () => {
    const county = { code: '430121', name: '长沙县', level: 'county', columnUrl: '/county/' } as const;
    const jurisdictions = [
      county,
      { code: '430121001', name: '星沙街道', level: 'township', parent: '430121', columnUrl: '/xingsha/' },
      { code: '430121002', name: '泉塘街道', level: 'township', parent: '430121', columnUrl: '/quantang/', data: { src: '/quantang/manifest.json' } },
    ];
    const client = { column: async () => ({ jurisdiction: county, jurisdictions }) } as unknown as ReturnType<typeof demoClient>;
    const el = await map(html`<gov-disclosure-map .client=${client} navigate="switch"></gov-disclosure-map>`);
    // What the browser does with each click: recorded, then stopped here (the test page stays).
    const followed: boolean[] = [];
    el.addEventListener('click', (e) => (followed.push(!e.defaultPrevented), e.preventDefault()));
    const cards = $$(el, '.card.township');
    expect(cards.map((c) => c.getAttribute('href'))).to.deep.equal(['/xingsha/', '/quantang/']);
    cards[0]!.click();
    cards[1]!.click();
    expect(followed).to.deep.equal([true, false]);
  });

  it('offers a plain list of every column', async () => {
    const el = await map();
    ($$(el, '.views button')[1] as HTMLButtonElement).click();
    await until(() => $(el, '.list'), 3000, 'list');
    const links = $$(el, '.list a');
    expect(links.length).to.equal(1 + 9 + 17);
    expect(links[0]!.textContent).to.equal('长沙市');
    await expect(el).to.be.accessible();
  });

  it('draws site-supplied boundaries with the 审图号, keyboard-operable', async () => {
    const el = await map(
      html`<gov-disclosure-map .client=${demoClient()} geojson=${fixtureSrc('counties.geojson')} review-number="湘S(2025)001号" view="geographic"></gov-disclosure-map>`,
    );
    await until(() => $$(el, '.region path').length === 9, 8000, 'regions');
    expect($(el, 'figcaption')!.textContent).to.equal('审图号：湘S(2025)001号');
    expect($(el, '.region.current')!.getAttribute('aria-label')).to.equal('长沙县');
    // The fixture is RFC 7946 (outer rings counter-clockwise): nine squares side by side, not nine frames.
    for (const [name, b] of Object.entries(boxes(el))) expect(b.width * b.height, name).to.be.lessThan((600 * 420) / 6);
    const regions = $$(el, '[data-roving]');
    regions[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(regions[1]);
  });

  it('reads the GeoJSON through the SDK: a malformed county is left out, not the map; a missing file says so in Chinese', async () => {
    const good = JSON.parse(await (await fetch(rfc7946())).text()) as { features: unknown[] };
    good.features.push({ type: 'Feature', properties: 'not an object', geometry: null });
    const url = URL.createObjectURL(new Blob([JSON.stringify(good)], { type: 'application/geo+json' }));
    const el = await map(html`<gov-disclosure-map .client=${demoClient()} geojson=${url} view="geographic"></gov-disclosure-map>`);
    await until(() => $$(el, '.region path').length === 4, 8000, 'the four good counties');
    const missing = await fixture<GovDisclosureMap>(
      html`<gov-disclosure-map .client=${demoClient()} geojson=${fixtureSrc('no-such.geojson')} view="geographic"></gov-disclosure-map>`,
    );
    await until(() => $(missing, '[role="alert"]'), 8000, 'the error');
    expect($(missing, '[role="alert"]')!.textContent).to.contain('没有找到');
  });

  for (const order of ['rfc7946', 'd3'] as const) {
    it(`draws each county in its place from GeoJSON wound ${order === 'rfc7946' ? 'as RFC 7946 (outer rings counter-clockwise, holes clockwise)' : 'the other way (as d3 and older files)'}, holes and multipolygons included`, async () => {
      const el = await map(html`<gov-disclosure-map .client=${demoClient()} geojson=${rfc7946(order)} view="geographic"></gov-disclosure-map>`);
      await until(() => $$(el, '.region path').length === 4, 8000, 'regions');
      const box = boxes(el);
      // Not one square filling the 600×420 frame: each county a part of it, where it lies.
      for (const [name, b] of Object.entries(box)) {
        expect(b.width, `${name} width`).to.be.greaterThan(20).and.lessThan(400);
        expect(b.height, `${name} height`).to.be.greaterThan(20).and.lessThan(421);
      }
      expect(box['宁乡市']!.x + box['宁乡市']!.width).to.be.closeTo(box['长沙县']!.x, 1);
      expect(box['长沙县']!.x + box['长沙县']!.width).to.be.closeTo(box['浏阳市']!.x, 1);
      const inside = (outer: DOMRect, inner: DOMRect) =>
        inner.x > outer.x && inner.y > outer.y && inner.x + inner.width < outer.x + outer.width && inner.y + inner.height < outer.y + outer.height;
      expect(inside(box['长沙县']!, box['芙蓉区']!), '芙蓉区 inside 长沙县').to.equal(true);
      // 长沙县's hole is not filled (芙蓉区 shows through it); the ring around it is.
      const changsha = el.shadowRoot!.querySelector<SVGPathElement>('.region[aria-label="长沙县"] path')!;
      const furong = box['芙蓉区']!;
      const point = (x: number, y: number) => Object.assign(changsha.ownerSVGElement!.createSVGPoint(), { x, y });
      expect(changsha.isPointInFill(point(furong.x + furong.width / 2, furong.y + furong.height / 2)), 'the hole').to.equal(false);
      expect(changsha.isPointInFill(point(box['长沙县']!.x + 5, box['长沙县']!.y + 5)), 'the ring').to.equal(true);
      // 浏阳市's two parts, one above the other, each drawn.
      expect(el.shadowRoot!.querySelector('.region[aria-label="浏阳市"] path')!.getAttribute('d')!.match(/M/g)).to.have.length(2);
    });
  }
});
