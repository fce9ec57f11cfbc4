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
  DOCUMENT_KIND_TERMS,
  LEVELS,
  matchTerms,
  resolveArea,
  STAGES,
  VALIDITIES,
  type DisclosureEntryInput,
  type RawCatalogueItem,
} from '@gov-disclosure/sdk';
import { areaFromName, guessArea } from './area-guess.js';
import { dateOf, elementsOf, isTicked, tickedTerms } from './cells.js';
import { columnLetter, findHeader, isNote, type Field } from './header.js';
import type { RowIssue } from '../errors.js';
import type { Table } from './tables.js';

export interface ReadResult {
  items: RawCatalogueItem[];
  entries: DisclosureEntryInput[];
  issues: RowIssue[];
  /** Rows read, per kind. */
  counts: { items: number; entries: number; empty: number };
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
    // The fields in the schema's order, as checking writes them: a catalogue the check leaves as it
    // is lets a rebuild skip checking its unchanged entries (see catalogue-json.ts).
    const entry: DisclosureEntryInput = {
      id: `${item.id}~${n}`,
      item: item.id,
      title,
      indexNo: cells.get('indexNo') || undefined,
      publisher: cells.get('publisher') || undefined,
      writtenAt: dateOf(cells.get('writtenAt') ?? ''),
      publishedAt,
      docNo: cells.get('docNo') || undefined,
      topic: cells.get('topic') || undefined,
      validity: matchTerms(VALIDITIES, cells.get('validity') ?? '')[0],
      repealedAt: dateOf(cells.get('repealedAt') ?? ''),
      documentKind: matchTerms(DOCUMENT_KIND_TERMS, cells.get('documentKind') ?? '')[0],
      stage: matchTerms(STAGES, cells.get('stages') ?? '')[0],
      url: cells.get('url') || undefined,
    };
    for (const key of Object.keys(entry) as (keyof DisclosureEntryInput)[]) if (entry[key] === undefined) delete entry[key];
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
