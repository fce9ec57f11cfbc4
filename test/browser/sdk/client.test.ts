import { expect } from '@open-wc/testing';
import { createClient, type DisclosureClient } from '@gov-disclosure/sdk';
import { at, key, MAIN } from './helpers.js';

/** The same behaviour from both sources: a static bundle and the HTTP API. */
function sources(): [string, () => DisclosureClient][] {
  return [
    ['bundle', () => createClient({ src: at(key('bundle'), 'ok', `bundle/${MAIN}/manifest.json`) })],
    ['api', () => createClient({ api: at(key('api'), 'ok', `api/${MAIN}`) })],
  ];
}

for (const [kind, make] of sources()) {
  describe(`client reading a ${kind}`, () => {
    let client: DisclosureClient;
    beforeEach(() => {
      client = make();
    });

    it('says whose column it is, with the 1+9 matrix and the sub-column links', async () => {
      const column = await client.column();
      expect(column.jurisdiction).to.include({ code: MAIN, name: '长沙县', level: 'county' });
      const counties = column.jurisdictions!.filter((j) => j.level === 'county');
      expect(counties).to.have.length(9);
      expect(column.jurisdictions!.filter((j) => j.level === 'city').map((j) => j.name)).to.deep.equal(['长沙市']);
      expect(column.links!.guide).to.be.a('string');
      if (kind === 'bundle') expect(column.jurisdictions![0]!.data!.src).to.match(/^http:\/\/.+\/430100\/manifest\.json$/);
    });

    it('lists the 26 areas in the standard order with their counts', async () => {
      const areas = await client.areas();
      expect(areas).to.have.length(26);
      expect(areas[0]).to.include({ id: 'major-construction', name: '重大建设项目' });
      expect(areas.find((a) => a.id === 'health')!.aliases).to.include('医疗卫生');
      expect(areas.reduce((sum, area) => sum + area.itemCount!, 0)).to.equal(182 + 2125);
    });

    it('loads the catalogue tree level by level', async () => {
      const first = await client.items('social-assistance');
      expect(first.map((i) => i.name)).to.deep.equal(['最低生活保障', '特困人员救助供养', '临时救助', '医疗救助', '教育救助', '住房救助', '受灾人员救助']);
      expect(first.every((i) => i.level === 1 && !i.parent)).to.equal(true);
      const second = await client.items('social-assistance', first[0]!.id);
      expect(second.length).to.be.within(11, 12);
      const guide = second.find((i) => i.name === '办事指南')!;
      // The real row of examples.csv, with its elements.
      expect(guide.responsible).to.equal('县级政府民政部门、乡镇政府(街道办事处)');
      expect(guide.deadline).to.deep.include({ text: '制定或获取信息之日起10个工作日内', days: 10, unit: 'working' });
      expect(guide.elements!.map((e) => e.name)).to.include('最低生活保障标准');
      expect(guide.levels).to.deep.equal(['county', 'township']);
      expect(guide.service!.url).to.match(/^https:\/\//);
      expect(second.every((i) => i.parent === first[0]!.id && i.level === 2)).to.equal(true);
    });

    it('reads one item, and its entries newest first, paged', async () => {
      const item = await client.item('social-assistance:1.1');
      expect(item.name).to.equal('办事指南');
      const page = await client.entries(item.id, { offset: 0, limit: 5 });
      expect(page.total).to.equal(item.entryCount);
      expect(page.entries).to.have.length(Math.min(5, page.total));
      const dates = page.entries.map((e) => e.publishedAt);
      expect([...dates].sort().reverse()).to.deep.equal(dates);
      const next = await client.entries(item.id, { offset: 5, limit: 5 });
      expect(next.entries[0]?.id).to.not.equal(page.entries[0]?.id);
      if (next.entries[0]) expect(next.entries[0].publishedAt <= page.entries.at(-1)!.publishedAt).to.equal(true);
    });

    it('filters entries by stage and by text', async () => {
      const item = await client.item('social-assistance:1.1');
      const all = await client.entries(item.id, { limit: 500 });
      const stage = all.entries[0]!.stage!;
      const byStage = await client.entries(item.id, { stage, limit: 500 });
      expect(byStage.total).to.equal(all.entries.filter((e) => e.stage === stage).length);
      expect(byStage.entries.every((e) => e.stage === stage)).to.equal(true);
      const byText = await client.entries(item.id, { q: '低保', limit: 500 });
      expect(byText.total).to.be.greaterThan(0);
      expect(byText.entries.every((e) => e.title.includes('低保') || e.docNo?.includes('低保') || e.indexNo?.includes('低保'))).to.equal(true);
    });

    it('reads one entry with its metadata', async () => {
      const page = await client.entries('compulsory-education:1.1', { limit: 1 });
      const entry = await client.entry(page.entries[0]!.id);
      expect(entry).to.deep.equal(page.entries[0]);
      expect(entry.indexNo).to.match(/^430121-/);
      expect(entry.body).to.contain('<p>');
    });

    it('lists policies, filtered by level and area', async () => {
      const all = await client.policies();
      expect(all.length).to.be.greaterThan(40);
      const county = await client.policies({ level: 'county' });
      expect(county.length).to.be.greaterThan(0);
      expect(county.every((p) => p.level === 'county')).to.equal(true);
      const health = await client.policies({ area: 'health' });
      expect(health.every((p) => p.area === 'health')).to.equal(true);
      expect(all.some((p) => p.interpretation)).to.equal(true);
    });
  });
}

describe('bundle and API agree', () => {
  it('return the same item, entries and areas', async () => {
    const [a, b] = sources().map(([, make]) => make()) as [DisclosureClient, DisclosureClient];
    expect(await a.areas()).to.deep.equal(await b.areas());
    expect(await a.item('health:3.2')).to.deep.equal(await b.item('health:3.2'));
    expect(await a.entries('health:3.2', { offset: 2, limit: 3 })).to.deep.equal(await b.entries('health:3.2', { offset: 2, limit: 3 }));
  });
});
