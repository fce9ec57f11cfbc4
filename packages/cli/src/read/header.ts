/**
 * Finding a table's header: one row, or a group row over a row of sub-labels (公开对象 over
 * 全社会 | 特定群体), with each column mapped to an element of the standard table by its label
 * and the variants seen on county sites.
 */
import { AUDIENCES, CHANNELS, DISCLOSURE_MODES, LEVELS, matchTerms, STAGES } from '@gov-disclosure/sdk';

export type Field =
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
  | 'repealedAt'
  | 'documentKind'
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
  ['repealedAt', ['废止日期', '失效日期', '废止时间']],
  ['documentKind', ['文件类型', '文件种类', '公文种类']],
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

export interface Column {
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

/** A column's letter as a spreadsheet shows it: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * A note under (or over) a table — 注：…, 说明：…, 备注 — rather than a row of data: one text,
 * alone in its row or repeated across it (as a merged cell reads).
 */
export function isNote(row: string[]): boolean {
  const filled = row.map((cell) => cell.trim()).filter(Boolean);
  if (!filled.length || new Set(filled).size !== 1 || !row[0]?.trim()) return false;
  return /^(注|说明|备注|附注|填表说明|资料来源|来源)/.test(filled[0]!);
}

/**
 * Finds the header: one row, or a group row over a row of sub-labels. Every labelled column is
 * either mapped to a field or listed in `ignored`.
 */
export function findHeader(
  rows: string[][],
): { columns: Column[]; dataStart: number; headerRow: number; ignored: { index: number; label: string }[] } | undefined {
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
