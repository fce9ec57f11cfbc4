/**
 * From published tables to the SDK's catalogue: finds the header (one row, or two with merged
 * group cells such as 公开对象 over 全社会 | 特定群体), maps each column to an element of the
 * standard table by its label and the variants seen on county sites, and reads each row: ■/□
 * ticked channel lists, √ marks, ●必选/〇可选 elements, 一级事项 cells merged over many rows.
 * Tables of published entries (标题, 发布日期, …) are read too. A row that cannot be read is
 * reported with its file and row number, never dropped silently.
 */
import {
  AUDIENCES,
  CHANNELS,
  DISCLOSURE_MODES,
  LEVELS,
  matchTerms,
  resolveArea,
  STAGES,
  VALIDITIES,
  type DisclosureEntryInput,
  type RawCatalogueItem,
} from '@gov-disclosure/sdk';
import type { RowIssue } from '../errors.js';
import type { Table } from './tables.js';

type Field =
  | 'seq'
  | 'area'
  | 'l1'
  | 'l2'
  | 'l3'
  | 'elements'
  | 'basis'
  | 'deadline'
  | 'responsible'
  | 'channels'
  | 'audience'
  | 'mode'
  | 'levels'
  | 'itemType'
  | 'contentTitle'
  | 'stages'
  | 'duration'
  | 'serviceUrl'
  | 'serviceCode'
  | 'title'
  | 'publishedAt'
  | 'writtenAt'
  | 'indexNo'
  | 'docNo'
  | 'publisher'
  | 'topic'
  | 'validity'
  | 'url'
  | 'itemRef';

/** Column labels, as printed and their variants, by field. Longer labels are tried first. */
const LABELS: [Field, string[]][] = [
  ['seq', ['序号', '编号']],
  ['area', ['公开领域', '所属领域', '领域']],
  ['l1', ['一级事项', '一级']],
  ['l2', ['二级事项', '二级']],
  ['l3', ['三级事项', '三级']],
  ['elements', ['公开内容（要素）', '公开内容(要素)', '公开内容要素', '公开内容', '要素']],
  ['basis', ['公开依据', '依据']],
  ['deadline', ['公开时限', '时限']],
  ['responsible', ['公开主体', '责任主体', '主体']],
  ['channels', ['公开渠道和载体', '公开渠道', '渠道和载体', '渠道']],
  ['audience', ['公开对象', '对象']],
  ['mode', ['公开方式', '方式']],
  ['levels', ['公开层级', '层级']],
  ['itemType', ['事项类型']],
  ['contentTitle', ['公开内容标题']],
  ['stages', ['五公开', '公开环节']],
  ['duration', ['公开时长', '公开期限']],
  ['serviceUrl', ['办事链接', '服务链接', '我要办', '办理链接']],
  ['serviceCode', ['事项编码', '服务事项编码']],
  ['title', ['标题', '信息标题', '文件标题']],
  ['publishedAt', ['发布日期', '公开日期', '发布时间']],
  ['writtenAt', ['成文日期', '生成日期']],
  ['indexNo', ['索引号']],
  ['docNo', ['文号', '发文字号']],
  ['publisher', ['发布机构', '发布单位']],
  ['topic', ['主题分类']],
  ['validity', ['有效性']],
  ['url', ['链接', '网址', '原文链接']],
  ['itemRef', ['所属事项', '事项编号', '事项ID']],
];

/** Fields whose second header row splits into ticked sub-columns (全社会 | 特定群体 …). */
const SPLIT: Partial<Record<Field, Readonly<Record<string, readonly string[]>>>> = {
  audience: AUDIENCES,
  mode: DISCLOSURE_MODES,
  levels: LEVELS,
  channels: CHANNELS,
  stages: STAGES,
};

interface Column {
  index: number;
  field: Field;
  /** For a ticked sub-column: the vocabulary id it stands for. */
  values?: string[];
}

const clean = (label: string) => label.replace(/[\s\n\r]+/g, '').replace(/\*/g, '');

function fieldOf(label: string): Field | undefined {
  const text = clean(label);
  if (!text) return undefined;
  for (const [field, labels] of LABELS) if (labels.some((l) => text === l)) return field;
  for (const [field, labels] of LABELS) if (labels.some((l) => l.length > 1 && text.includes(l))) return field;
  return undefined;
}

/** Whether a cell is a tick: √ ✓ ■ ● 是 有 Y (and not □ × 否). */
export function isTicked(cell: string): boolean {
  const text = cell.trim();
  return text !== '' && !/^[□×✗xX否无-]+$/.test(text) && /^[√✓✔■●☑是有yY1]/.test(text);
}

/** "■政府网站 □政府公报 ■两微一端" → the ticked terms; a list without boxes is taken whole. */
export function tickedTerms(cell: string): string {
  if (!/[■□☑☐]/.test(cell)) return cell;
  return [...cell.matchAll(/[■☑]\s*([^■□☑☐]+)/g)].map((m) => m[1]!.trim()).join(' ');
}

/** "●随迁子女入学办法、〇联系方式" → elements, required unless marked 〇/○ or 可选. */
export function elementsOf(cell: string): { name: string; required: boolean }[] {
  return cell
    .split(/[、，,；;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const optional = /^[〇○◯]/.test(part) || /[（(]?可选[）)]?$/.test(part);
      const name = part
        .replace(/^[●〇○◯•·]\s*/, '')
        .replace(/[（(]?(必选|可选)[）)]?$/, '')
        .trim();
      return { name, required: !optional };
    })
    .filter((e) => e.name);
}

/** 2026-01-02, 2026/1/2, 2026.1.2, 2026年1月2日 → 2026-01-02. */
export function dateOf(cell: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/.exec(cell.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A column's letter as a spreadsheet shows it: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * A note under (or over) a table — 注：…, 说明：…, 备注 — rather than a row of data: one text,
 * alone in its row or repeated across it (as a merged cell reads).
 */
function isNote(row: string[]): boolean {
  const filled = row.map((cell) => cell.trim()).filter(Boolean);
  if (!filled.length || new Set(filled).size !== 1 || !row[0]?.trim()) return false;
  return /^(注|说明|备注|附注|填表说明|资料来源|来源)/.test(filled[0]!);
}

/**
 * Finds the header: one row, or a group row over a row of sub-labels. Every labelled column is
 * either mapped to a field or listed in `ignored`.
 */
function findHeader(rows: string[][]): { columns: Column[]; dataStart: number; headerRow: number; ignored: { index: number; label: string }[] } | undefined {
  for (let r = 0; r < Math.min(rows.length, 15); r++) {
    const row = rows[r]!;
    // Two different columns at least: a merged title row repeats one text in every cell.
    if (new Set(row.map(fieldOf).filter(Boolean)).size < 2) continue;
    const next = rows[r + 1] ?? [];
    // The group each column is under: a label, carried over the empty cells of a merged group.
    const groups: (Field | undefined)[] = [];
    let carried: Field | undefined;
    for (let c = 0; c < Math.max(row.length, next.length); c++) {
      const top = fieldOf(row[c] ?? '');
      carried = top ?? (row[c] ? undefined : carried);
      groups.push(carried);
    }
    // The next row is a second header row only when every cell in it is a label, or a term of
    // the group above it (全社会 under 公开对象): a data row holding 主动 is not.
    const isSubLabel = (cell: string, c: number) => {
      const text = clean(cell);
      // …or the label above repeated: a cell merged down over both rows.
      if (!text || fieldOf(text) || text === clean(row[c] ?? '')) return true;
      const g = groups[c];
      return !!(g && SPLIT[g] && (matchTerms(SPLIT[g]!, text).length || g === 'channels'));
    };
    const twoRows = next.some((cell) => clean(cell)) && next.every(isSubLabel);
    const columns: Column[] = [];
    for (let c = 0; c < Math.max(row.length, next.length); c++) {
      const top = fieldOf(row[c] ?? '');
      const group = groups[c];
      const sub = twoRows ? clean(next[c] ?? '') : '';
      const own = sub ? fieldOf(sub) : undefined;
      // A cell merged down over both header rows reads as its label twice (exceljs repeats it).
      if (top && sub === clean(row[c] ?? '')) columns.push({ index: c, field: top });
      // Under 公开事项 the sub-labels name the level; under 公开对象 they are terms to tick.
      else if (own && ['l1', 'l2', 'l3'].includes(own)) columns.push({ index: c, field: own });
      else if (sub && group && SPLIT[group]) {
        const values = matchTerms(SPLIT[group]!, sub);
        // 湘潭's tables split 公开渠道和载体 into 县级 and 乡级 columns: both hold channel lists.
        if (group === 'channels' && !matchTerms(CHANNELS, sub).length) columns.push({ index: c, field: 'channels' });
        else if (values.length) columns.push({ index: c, field: group, values });
      } else if (top) columns.push({ index: c, field: top });
      else if (own) columns.push({ index: c, field: own });
      else if (group && !row[c] && !sub) continue;
    }
    const mapped = new Set(columns.map((column) => column.index));
    const ignored: { index: number; label: string }[] = [];
    for (let c = 0; c < Math.max(row.length, next.length); c++) {
      // A merged group's label stands over its first cell only; the cells it spans are its own.
      const label = [...new Set([clean(row[c] ?? ''), twoRows ? clean(next[c] ?? '') : ''].filter(Boolean))].join(' › ');
      if (label && !mapped.has(c) && !(groups[c] && !row[c] && !clean(next[c] ?? ''))) ignored.push({ index: c, label });
    }
    return { columns, dataStart: r + (twoRows ? 2 : 1), headerRow: r, ignored };
  }
  return undefined;
}

export interface ReadResult {
  items: RawCatalogueItem[];
  entries: DisclosureEntryInput[];
  issues: RowIssue[];
  /** Rows read, per kind. */
  counts: { items: number; entries: number; empty: number };
}

/** Guesses the area from a sheet or file name ("社会救助领域目录.xlsx"). */
function areaFromName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return resolveArea(base) ?? resolveArea(base.replace(/(领域)?(基层)?(政务公开)?(标准)?目录.*$/, '').replace(/^.*?[（(]?(\S+?)领域.*$/, '$1'));
}

/** 一级事项 names of the national guides that tell their area (for tables without a 领域 column). */
const FIRST_LEVEL_HINTS: [RegExp, string][] = [
  [/最低生活保障|低保|特困|临时救助|医疗救助|教育救助|住房救助/, 'social-assistance'],
  [/招生|学生资助|义务教育/, 'compulsory-education'],
  [/养老|高龄/, 'elderly-services'],
  [/就业|职业培训|创业/, 'employment'],
  [/户口|户籍|居住证|身份证/, 'household-registration'],
  [/征地|土地征收/, 'land-acquisition-compensation'],
  [/房屋征收/, 'housing-expropriation'],
  [/危房/, 'rural-dilapidated-housing'],
  [/预算|决算|三公/, 'budget-final-accounts'],
  [/招标|交易公告|成交/, 'public-resource-trading'],
  [/安全生产|生产安全/, 'work-safety'],
  [/税/, 'tax-administration'],
  [/补贴|补助/, 'agricultural-subsidies'],
  [/救灾|灾情|受灾/, 'disaster-relief'],
  [/食品|药品/, 'food-drug-regulation'],
  [/执法/, 'urban-law-enforcement'],
  [/卫生|医疗|疾病|健康/, 'health'],
  [/环境|排污|环评|生态/, 'ecology-environment'],
  [/文化|文物|图书馆|非遗/, 'public-culture'],
  [/法律援助|人民调解|公证|法治/, 'public-legal-services'],
  [/规划/, 'urban-rural-planning'],
  [/供水|供电|供气|公交|环卫|绿化/, 'municipal-services'],
  [/保险|社保|医保/, 'social-insurance'],
  [/保障性住房|公租房|廉租|棚户/, 'affordable-housing'],
  [/扶贫|乡村振兴|帮扶/, 'poverty-alleviation'],
  [/重大建设|项目审批|批准/, 'major-construction'],
];

export function guessArea(firstLevelName: string): string | undefined {
  return FIRST_LEVEL_HINTS.find(([pattern]) => pattern.test(firstLevelName))?.[1];
}

/**
 * Reads tables into catalogue items and entries. Item ids are `area:n[.m[.k]]` in table order;
 * `state` carries numbering across files so that several tables of one area can be imported.
 */
export function readCatalogue(tables: Table[], options: { area?: string } = {}): ReadResult {
  const result: ReadResult = { items: [], entries: [], issues: [], counts: { items: 0, entries: 0, empty: 0 } };
  const byKey = new Map<string, RawCatalogueItem>();
  const childCount = new Map<string, number>();
  const entryCount = new Map<string, number>();
  const pendingEntries: { row: number; file: string; sheet?: string; cells: Map<Field, string> }[] = [];

  const ensure = (area: string, names: string[], level: 1 | 2 | 3): RawCatalogueItem => {
    const key = `${area}|${names.slice(0, level).join('|')}`;
    const existing = byKey.get(key);
    if (existing) return existing;
    const parent = level > 1 ? ensure(area, names, (level - 1) as 1 | 2) : undefined;
    const parentId = parent?.id ?? area;
    const n = (childCount.get(parentId) ?? 0) + 1;
    childCount.set(parentId, n);
    const item: RawCatalogueItem = {
      id: parent ? `${parent.id}.${n}` : `${area}:${n}`,
      area,
      level,
      name: names[level - 1]!,
      seq: n,
      ...(parent ? { parent: parent.id } : {}),
    };
    byKey.set(key, item);
    result.items.push(item);
    return item;
  };

  for (const table of tables) {
    const header = findHeader(table.rows);
    if (!header) {
      result.issues.push({
        file: table.file,
        ...(table.sheet ? { sheet: table.sheet } : {}),
        row: 1,
        reason: 'no catalogue header found: expected columns such as 一级事项, 二级事项, 公开内容（要素）, 公开依据 (or 标题 and 发布日期 for entries)',
      });
      continue;
    }
    const where = { file: table.file, ...(table.sheet ? { sheet: table.sheet } : {}) };
    for (const { index, label } of header.ignored) {
      result.issues.push({
        ...where,
        row: header.headerRow + 1,
        reason: `column ${columnLetter(index)} "${label}" ignored: not a catalogue field`,
        info: true,
      });
    }
    const tableArea = options.area ?? areaFromName(table.sheet) ?? areaFromName(table.file);
    const isEntryTable = header.columns.some((c) => c.field === 'title') && header.columns.some((c) => c.field === 'publishedAt');
    let last: string[] = [];
    for (let r = header.dataStart; r < table.rows.length; r++) {
      const row = table.rows[r]!;
      const at = { file: table.file, ...(table.sheet ? { sheet: table.sheet } : {}), row: r + 1 };
      if (row.every((cell) => !cell.trim())) {
        result.counts.empty++;
        continue;
      }
      if (isNote(row)) {
        result.issues.push({ ...at, reason: `a note, not a row of data: "${row[0]!.trim().slice(0, 40)}"`, info: true });
        continue;
      }
      const cells = new Map<Field, string>();
      const ticks = new Map<Field, Set<string>>();
      for (const column of header.columns) {
        const value = (row[column.index] ?? '').trim();
        if (column.values) {
          if (isTicked(value)) for (const v of column.values) (ticks.get(column.field) ?? ticks.set(column.field, new Set()).get(column.field)!).add(v);
          else if (!ticks.has(column.field)) ticks.set(column.field, new Set());
        } else if (value) cells.set(column.field, cells.has(column.field) ? `${cells.get(column.field)} ${value}` : value);
      }
      if (isEntryTable) {
        pendingEntries.push({ ...at, cells });
        continue;
      }
      // Merged 一级事项 (and 二级 over 三级) cells come as blanks in CSV: the value above holds.
      const names = [cells.get('l1'), cells.get('l2'), cells.get('l3')];
      for (let i = 0; i < 3; i++) {
        if (!names[i] && names.slice(i + 1).some(Boolean) && last[i]) names[i] = last[i];
      }
      const depth = names[2] ? 3 : names[1] ? 2 : names[0] ? 1 : 0;
      if (!depth) {
        result.issues.push({ ...at, reason: 'no 一级事项 or 二级事项 name in this row' });
        continue;
      }
      if (names.slice(0, depth).some((n) => !n)) {
        result.issues.push({ ...at, reason: `${depth === 3 ? '三级' : '二级'}事项 "${names[depth - 1]}" has no 一级事项 above it` });
        continue;
      }
      last = names as string[];
      const areaCell = cells.get('area');
      const area = (areaCell ? (resolveArea(areaCell) ?? areaCell) : undefined) ?? tableArea ?? guessArea(names[0]!);
      if (!area) {
        result.issues.push({
          ...at,
          reason: `cannot tell the area (领域) of "${names[0]}": add a 领域 column, name the sheet or file after the area, or pass --area`,
        });
        continue;
      }
      if (!/^[\w.:~-]+$/.test(area)) {
        result.issues.push({ ...at, reason: `unknown area "${area}": use one of the 26 standard areas (or its id)` });
        continue;
      }
      const item = ensure(area, names as string[], depth as 1 | 2 | 3);
      result.counts.items++;
      for (const reason of fill(item, cells, ticks)) result.issues.push({ ...at, reason, warning: true });
    }
  }

  // Entries go to the item they name: by id (事项编号), or by 领域/一级/二级 names.
  const byId = new Map(result.items.map((i) => [i.id, i]));
  for (const { cells, ...at } of pendingEntries) {
    const ref = cells.get('itemRef');
    const names = [cells.get('l1'), cells.get('l2'), cells.get('l3')].filter(Boolean) as string[];
    const areaCell = cells.get('area');
    const area = areaCell ? (resolveArea(areaCell) ?? areaCell) : undefined;
    const item = ref ? byId.get(ref) : area && names.length ? byKey.get(`${area}|${names.join('|')}`) : undefined;
    const title = cells.get('title');
    const publishedAt = dateOf(cells.get('publishedAt') ?? '');
    if (!item) {
      result.issues.push({
        ...at,
        reason:
          ref || names.length
            ? `no catalogue item ${ref ?? `${area ?? '?'} › ${names.join(' › ')}`} for this entry`
            : 'the entry names no item (所属事项, or 领域 with 一级事项 and 二级事项)',
      });
      continue;
    }
    if (!title) {
      result.issues.push({ ...at, reason: 'the entry has no 标题' });
      continue;
    }
    if (!publishedAt) {
      result.issues.push({ ...at, reason: `发布日期 "${cells.get('publishedAt') ?? ''}" is not a date` });
      continue;
    }
    const n = (entryCount.get(item.id) ?? 0) + 1;
    entryCount.set(item.id, n);
    const entry: DisclosureEntryInput = { id: `${item.id}~${n}`, item: item.id, title, publishedAt };
    const writtenAt = dateOf(cells.get('writtenAt') ?? '');
    if (writtenAt) entry.writtenAt = writtenAt;
    for (const field of ['indexNo', 'docNo', 'publisher', 'topic'] as const) if (cells.get(field)) entry[field] = cells.get(field)!;
    const validity = matchTerms(VALIDITIES, cells.get('validity') ?? '')[0];
    if (validity) entry.validity = validity;
    const stage = matchTerms(STAGES, cells.get('stages') ?? '')[0];
    if (stage) entry.stage = stage;
    if (cells.get('url')) entry.url = cells.get('url')!;
    result.entries.push(entry);
    result.counts.entries++;
  }
  return result;
}

/** Fills an item from its row; returns what it could not place (values outside the vocabularies). */
function fill(item: RawCatalogueItem, cells: Map<Field, string>, ticks: Map<Field, Set<string>>): string[] {
  const unknown: string[] = [];
  const text = (field: Field) => cells.get(field)?.trim() || undefined;
  const elements = text('elements');
  if (elements) item.elements = elementsOf(elements);
  if (text('basis')) item.basis = text('basis');
  if (text('deadline')) item.deadline = text('deadline');
  if (text('responsible')) item.responsible = text('responsible');
  const terms = <V extends Readonly<Record<string, readonly string[]>>>(field: Field, vocabulary: V) => {
    const ticked = ticks.get(field);
    const fromText = text(field) ? matchTerms(vocabulary, field === 'channels' ? tickedTerms(text(field)!) : text(field)!) : [];
    // In the standard's own order, whatever order the table printed them in.
    const order = Object.keys(vocabulary);
    return [...new Set([...(ticked ?? []), ...fromText])].sort((a, b) => order.indexOf(a) - order.indexOf(b)) as (keyof V & string)[];
  };
  const channels = terms('channels', CHANNELS);
  if (channels.length) item.channels = channels;
  // What the channel list names beyond the vocabulary is kept as 其他.
  const channelText = text('channels');
  if (channelText) {
    let rest = tickedTerms(channelText);
    for (const names of Object.values(CHANNELS)) for (const name of names) rest = rest.split(name).join(' ');
    rest = rest.replace(/[、，,；;\s]+/g, ' ').trim();
    if (rest) item.otherChannels = rest;
  }
  const labels = { audience: '公开对象', mode: '公开方式', levels: '公开层级', stages: '五公开' } as const;
  for (const [field, vocabulary, key] of [
    ['audience', AUDIENCES, 'audience'],
    ['mode', DISCLOSURE_MODES, 'mode'],
    ['levels', LEVELS, 'levels'],
    ['stages', STAGES, 'stages'],
  ] as const) {
    const values = terms(field, vocabulary);
    if (values.length) (item as Record<string, unknown>)[key] = values;
    else if (text(field))
      unknown.push(
        `${labels[field]} "${text(field)}" is not a known term (${Object.values(vocabulary)
          .map((names) => names[0])
          .join(' / ')}); left empty`,
      );
  }
  if (text('itemType')) item.itemType = text('itemType');
  if (text('contentTitle')) item.contentTitle = text('contentTitle');
  if (text('duration')) item.duration = text('duration');
  const url = text('serviceUrl');
  if (url && /^https?:\/\//i.test(url)) item.service = { url, ...(text('serviceCode') ? { code: text('serviceCode')! } : {}) };
  else if (url) unknown.push(`办事链接 "${url}" is not an http(s) address; left out`);
  return unknown;
}
