/**
 * A deterministic generator of realistic demo catalogues: one city and its nine counties (the
 * "1+9" matrix of 长沙), one county at 湘潭's scale (182 一级, 2,125 二级 items) with 20,000 or
 * more entries, and the two real rows of `shared/standard/examples.csv`.
 */
import {
  CHANNEL_IDS,
  chinaDay,
  STANDARD_AREAS,
  type RawCatalogue,
  type RawCatalogueItem as CatalogueItemInput,
  type Channel,
  type DisclosureEntryInput,
  type PolicyDocument,
  type Stage,
  type StandardAreaId,
} from '@gov-disclosure/sdk';
import { jurisdictions, MAIN_COUNTY, TOWNSHIPS } from './jurisdictions.js';
import { realRows } from './real-rows.js';
import { rng } from './rng.js';
import { AREA_FLAVOUR, DEADLINES, SECOND_KINDS } from './vocabulary.js';

/**
 * The demo's "today": the day it is built (in China), so that its newest entries are days old,
 * not months (the LED board's 本周新公开, the column's latest disclosures). Every date is drawn
 * relative to it, so every run of one day writes the same bytes; `GOV_DEMO_TODAY=YYYY-MM-DD`
 * pins it.
 */
export const DEMO_TODAY = process.env.GOV_DEMO_TODAY || chinaDay();

type Rng = ReturnType<typeof rng>;

const CHANNELS = CHANNEL_IDS.filter((id) => id !== 'other' && id !== 'trading-platform' && id !== 'investment-platform');
const STAGE_IDS: Stage[] = ['decision', 'execution', 'management', 'service', 'result'];

export interface GenerateOptions {
  /** Entries for the main county. Default 20,000; the scale mode asks for 200,000. */
  entries?: number;
  /** The jurisdiction to generate. Default the main county. */
  code?: string;
}

interface Plan {
  item: CatalogueItemInput;
  keyword: string;
  kind: (typeof SECOND_KINDS)[number];
}

/** The catalogue items of one jurisdiction: 7 一级 per area and 11–12 二级 each at full scale. */
function catalogueItems(r: Rng, scale: { firstPerArea: number; secondTotal: number }, countyName: string, office?: string) {
  const items: CatalogueItemInput[] = [];
  const plans: Plan[] = [];
  const real = new Map(realRows().map((row) => [row.id, row]));
  const firstCount = STANDARD_AREAS.length * scale.firstPerArea;
  const base = Math.floor(scale.secondTotal / firstCount);
  let extra = scale.secondTotal - base * firstCount;
  for (const area of STANDARD_AREAS) {
    const flavour = AREA_FLAVOUR[area.id as StandardAreaId];
    flavour.first.slice(0, scale.firstPerArea).forEach(([firstName, keyword = firstName], i) => {
      const firstId = `${area.id}:${i + 1}`;
      items.push({ id: firstId, area: area.id, level: 1, seq: i + 1, name: firstName });
      const count = base + (extra-- > 0 ? 1 : 0);
      // Each 一级 item takes its 二级 kinds in its own order; a real row takes the first place,
      // and its name is not drawn again (one 一级 cannot list 办事指南 twice).
      const realName = real.get(`${firstId}.1`)?.name;
      const kinds = [...SECOND_KINDS].sort(() => r.next() - 0.5).filter((k) => k.name !== realName);
      if (realName) kinds.unshift(SECOND_KINDS.find((k) => k.name === realName) ?? kinds[0]!);
      kinds.length = count;
      kinds.forEach((kind, j) => {
        const id = `${firstId}.${j + 1}`;
        const item = real.get(id) ?? secondItem(r, area.id as StandardAreaId, firstId, id, j + 1, kind, countyName, office);
        items.push(item);
        plans.push({ item, keyword, kind: SECOND_KINDS.find((k) => k.name === item.name) ?? kind });
      });
    });
  }
  return { items, plans };
}

/** `office`: a township's own office (办事处, 人民政府), responsible for all it publishes. */
function secondItem(
  r: Rng,
  area: StandardAreaId,
  parent: string,
  id: string,
  seq: number,
  kind: (typeof SECOND_KINDS)[number],
  countyName: string,
  office?: string,
): CatalogueItemInput {
  const flavour = AREA_FLAVOUR[area];
  const channels = new Set<Channel>(['website']);
  for (let n = r.int(0, 4); n > 0; n--) channels.add(r.pick(CHANNELS));
  const stages = new Set<Stage>([r.pick(STAGE_IDS)]);
  if (r.chance(0.3)) stages.add(r.pick(STAGE_IDS));
  const item: CatalogueItemInput = {
    id,
    area,
    level: 2,
    parent,
    seq,
    name: kind.name,
    elements: kind.elements.map((name) => ({ name, required: r.chance(0.75) })),
    basis: `《中华人民共和国政府信息公开条例》、${flavour.law}`,
    deadline: r.pick(DEADLINES),
    responsible: office ?? flavour.department.replace(/^县/, countyName.endsWith('县') ? '县' : countyName.slice(-1)),
    channels: [...channels],
    audience: [r.chance(0.85) ? 'public' : 'specific'],
    mode: [r.chance(0.92) ? 'proactive' : 'on-request'],
    levels: r.chance(0.35) ? ['county', 'township'] : ['county'],
    stages: [...stages],
  };
  if (r.chance(0.1)) item.otherChannels = '政务服务自助终端';
  if (kind.service && r.chance(0.6)) {
    const code = `${MAIN_COUNTY}-${area.slice(0, 3).toUpperCase()}-${id.replace(/\D+/g, '')}`;
    item.service = {
      code,
      name: `${flavour.first[Number(parent.split(':')[1]) - 1]![0]}${kind.name}`,
      url: `https://zwfw.hunan.gov.cn/hnzwfw/1/2/index.html?code=${code}`,
    };
  }
  return item;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The entries span the 1,400 days (nearly four years) up to the demo's today. */
const SPAN = 1400;
const START = addDays(DEMO_TODAY, -SPAN);
const YEAR = Number(DEMO_TODAY.slice(0, 4));
/** Days from 1 January to the demo's today. */
const DAY_OF_YEAR = Math.round((Date.parse(DEMO_TODAY) - Date.parse(`${YEAR}-01-01`)) / 86_400_000);

/** How many entries each 二级 item gets: some thin (<4), some stale, the rest lively. */
function entryCounts(r: Rng, plans: Plan[], total: number): number[] {
  // The real rows of the national guides are always lively: the demo opens them first.
  const realIds = new Set(realRows().map((row) => row.id));
  // Thin items have one to three entries: none would be a 空白栏目 to the national check.
  const counts = plans.map((plan) => (r.chance(0.08) && !realIds.has(plan.item.id) ? Math.max(1, r.int(0, 3)) : r.int(4, 16)));
  let sum = counts.reduce((a, b) => a + b, 0);
  // Top up the lively items, round-robin, until the total is met.
  for (let i = 0; sum < total; i = (i + 1) % counts.length) {
    if (counts[i]! >= 4) {
      const add = Math.min(total - sum, 1 + Math.floor(((total - sum) / counts.length) * 2));
      counts[i]! += add;
      sum += add;
    }
  }
  return counts;
}

/** Days within which the newest entry of a news-like or a notice-like item falls (below the national check's 14 and 183). */
const freshWithin = (name: string) => (/动态|要闻|新闻|资讯/.test(name) ? 10 : /通知|公告|公示|政策|文件/.test(name) ? 150 : undefined);

function entriesFor(r: Rng, plan: Plan, count: number, county: { code: string; name: string }, stale: boolean): DisclosureEntryInput[] {
  const entries: DisclosureEntryInput[] = [];
  const { item, keyword, kind } = plan;
  const latest = stale ? r.int(0, SPAN - 120) : SPAN;
  const department = (item.responsible ?? county.name).split('、')[0]!;
  // What the national check asks of the kind (动态 within 2 weeks, 政策文件 and 公示 within 6 months):
  // the newest entry of such an item is that recent, as on a kept column.
  const fresh = freshWithin(item.name);
  for (let n = 0; n < count; n++) {
    let published = addDays(START, r.int(0, latest));
    if (n === 0 && fresh) published = addDays(DEMO_TODAY, -(Math.abs(hash(item.id)) % fresh));
    const late = r.chance(0.05);
    const written = addDays(published, -(late ? r.int(45, 90) : r.int(0, 20)));
    const [y, m] = published.split('-').map(Number) as [number, number];
    const validity = r.chance(0.03) ? 'repealed' : r.chance(0.02) ? 'amended' : 'valid';
    const seq = n + 1;
    const title = kind.title(keyword, y, m);
    const entry: DisclosureEntryInput = {
      id: `${item.id}~${seq}`,
      item: item.id,
      title: count > 1 && n % 3 === 2 ? `${title}（${county.name}）` : title,
      indexNo: `${county.code}-${String(Math.abs(hash(department)) % 1000).padStart(3, '0')}-${String(r.int(1, 20)).padStart(2, '0')}-${y}-${String(r.int(1, 9999)).padStart(4, '0')}`,
      publisher: department,
      writtenAt: written,
      publishedAt: published,
      topic: AREA_FLAVOUR[item.area as StandardAreaId].topic,
      validity,
      stage: r.pick(item.stages ?? STAGE_IDS),
      body: body(r, title, department, keyword, written),
    };
    if (kind.name === '政策文件' || kind.name === '标准调整' || r.chance(0.15)) {
      entry.docNo = `${county.name.slice(0, 2)}${['政发', '政办发', '民发', '教发', '财发'][r.int(0, 4)]}〔${y}〕${r.int(1, 60)}号`;
    }
    if (r.chance(0.3)) {
      entry.attachments = Array.from({ length: r.int(1, 2) }, (_, i) => ({
        name: i === 0 ? `${title}.pdf` : `${keyword}明细表.pdf`,
        url: `files/attachment-${r.int(0, 9)}.pdf`,
        size: 1024 * r.int(30, 900),
        type: 'application/pdf',
      }));
    }
    entries.push(entry);
  }
  return entries;
}

function body(r: Rng, title: string, department: string, keyword: string, written: string): string {
  const paragraphs = [
    `<p>根据《中华人民共和国政府信息公开条例》有关规定，现将${title.replace(/^关于/, '').replace(/的(通知|公告|公示)$/, '')}有关情况公开如下。</p>`,
    `<p>一、${keyword}工作坚持公开、公平、公正原则，严格按照规定程序办理，接受社会监督。</p>`,
    `<p>二、对公开内容有异议的，可在公示期内向${department}反映，监督电话：0731-${r.int(8000_0000, 8999_9999)}。</p>`,
  ];
  if (r.chance(0.4)) {
    paragraphs.push(
      `<table><thead><tr><th>序号</th><th>乡镇（街道）</th><th>人数</th><th>金额（元）</th></tr></thead><tbody>${Array.from({ length: 3 }, (_, i) => `<tr><td>${i + 1}</td><td>${r.pick(TOWNSHIPS)}</td><td>${r.int(5, 400)}</td><td>${r.int(1000, 900000).toLocaleString('en-US')}</td></tr>`).join('')}</tbody></table>`,
    );
  }
  paragraphs.push(`<p style="text-align:right">${department}<br>${written.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}</p>`);
  return paragraphs.join('');
}

function hash(text: string): number {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.codePointAt(0)!, 16777619);
  return h;
}

function policies(r: Rng, county: { code: string; name: string }): PolicyDocument[] {
  const issuers = { national: '国务院办公厅', province: '湖南省人民政府办公厅', city: '长沙市人民政府办公厅', county: `${county.name}人民政府办公室` } as const;
  const prefixes = { national: '国办发', province: '湘政办发', city: '长政办发', county: `${county.name.slice(0, 2)}政办发` } as const;
  const list: PolicyDocument[] = [];
  let n = 0;
  for (const area of STANDARD_AREAS) {
    for (const level of ['national', 'province', 'city', 'county'] as const) {
      if (!r.chance(0.7)) continue;
      const flavour = AREA_FLAVOUR[area.id as StandardAreaId];
      const keyword = r.pick(flavour.first)[1] ?? flavour.first[0]![0];
      const y = r.int(YEAR - 7, YEAR);
      const id = `policy-${county.code}-${++n}`;
      const doc: PolicyDocument = {
        id,
        title: `${issuers[level]}关于进一步加强${keyword}工作的${r.pick(['通知', '意见', '实施意见', '若干措施'])}`,
        level,
        area: area.id,
        issuer: issuers[level],
        docNo: `${prefixes[level]}〔${y}〕${r.int(1, 80)}号`,
        publishedAt: addDays(`${y}-01-01`, r.int(0, y === YEAR ? Math.max(0, DAY_OF_YEAR - 14) : 360)),
        url: `policies/${id}.html`,
      };
      if (r.chance(0.65)) doc.interpretation = { title: `一图读懂：${doc.title.replace(issuers[level], '')}`, url: `policies/${id}-jd.html` };
      // The county's own documents are its 行政规范性文件 (the annual report counts them); one in four of
      // those of earlier years was repealed this March.
      if (level === 'county') {
        doc.documentKind = 'normative';
        if (y < YEAR && n % 4 === 0) doc.repealedAt = `${YEAR}-03-31`;
      }
      list.push(doc);
    }
  }
  return list;
}

/**
 * Generates the catalogue of one jurisdiction. The main county gets 湘潭's scale and the
 * requested number of entries; the city and the other counties get lighter catalogues, and the
 * townships lighter still.
 */
export function generateCatalogue(options: GenerateOptions = {}): RawCatalogue {
  const code = options.code ?? MAIN_COUNTY;
  const found = jurisdictions().find((j) => j.code === code);
  if (!found) throw new Error(`No demo jurisdiction ${code}`);
  // Its links relative to its own manifest.
  const all = jurisdictions(found);
  const self = all.find((j) => j.code === code)!;
  const main = code === MAIN_COUNTY;
  const township = self.level === 'township';
  const county = township ? all.find((j) => j.code === self.parent)! : self;
  const r = rng(Number(code));
  const scale = main
    ? { firstPerArea: 7, secondTotal: 2125 }
    : township
      ? { firstPerArea: 1, secondTotal: 26 * 3 }
      : { firstPerArea: 3, secondTotal: 26 * 3 * 4 };
  const office = township ? `${self.name}${self.name.endsWith('街道') ? '办事处' : '人民政府'}` : undefined;
  const { items, plans } = catalogueItems(r, scale, county.name, office);
  const counts = entryCounts(r, plans, main ? (options.entries ?? 20_000) : township ? 240 : 1_200);
  const entries = plans.flatMap((plan, i) => entriesFor(r, plan, counts[i]!, self, r.chance(0.04)));
  // The city lists every column of the matrix; a county its own townships; a township its county's.
  const neighbours = all.filter((j) => self.level === 'city' || j.level !== 'township' || j.parent === county.code);
  return {
    title: `${self.name}基层政务公开标准化规范化专栏（演示数据）`,
    jurisdiction: self,
    jurisdictions: neighbours,
    items,
    entries,
    // A township's column lists the policies down to its county's.
    policies: policies(r, { code, name: county.name }),
    links: {
      guide: `guide/${code}.html`,
      rules: `guide/${code}-rules.html`,
      statutory: `guide/${code}-statutory.html`,
      // The list of the years' reports the server publishes (gov-disclosure-server report --publish).
      annualReports: 'reports/index.html',
      services: 'https://zwfw.hunan.gov.cn/',
      request: '/examples/forms/#request',
      interaction: '/examples/forms/#message',
    },
  };
}
