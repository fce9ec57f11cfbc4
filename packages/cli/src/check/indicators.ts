/**
 * The national website check's indicators for one column (国办秘函〔2019〕19号, as the provincial
 * notices cite them; see shared/standard/REFERENCE.md §10):
 * - 空白栏目: an area with no items that is not declared 不涉及, an item with no entries and no
 *   items below it;
 * - 不更新栏目: an item whose newest entry is older than its kind allows — 动态/要闻-type items 14
 *   days, 通知公告/政策文件-type items 6 months (183 days); other items only when asked
 *   (`otherDays`); the thresholds are options;
 * - an entry whose page shows no 发布日期 (the check counts it as not updated);
 * - a repealed document not marked: an entry that says it is repealed (已废止, 已失效) without
 *   being marked so, or one that a later entry repeals (关于废止…, naming its 文号 or title) while it
 *   is still marked valid.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { columnPath } from '@gov-disclosure/sdk/paths';
import type { BuiltColumn } from './read-built.js';

export type Indicator = 'blank' | 'stale' | 'no-date' | 'unmarked-repeal' | 'broken-link' | 'unanswered' | 'no-pages';

export interface Finding {
  indicator: Indicator;
  area: string;
  item?: string;
  entry?: string;
  message: string;
}

export interface Thresholds {
  /** YYYY-MM-DD the ages are measured to. */
  today: string;
  newsDays: number;
  noticeDays: number;
  /** Other items, when set. */
  otherDays?: number;
}

export const DEFAULT_THRESHOLDS = { newsDays: 14, noticeDays: 183 } as const;

const NEWS = /动态|要闻|新闻|资讯/;
const NOTICE = /通知|公告|公示|政策|文件/;
const DAY = 86_400_000;
const age = (date: string, today: string) => Math.floor((Date.parse(today) - Date.parse(date)) / DAY);

/** The age an item may reach, by its kind (its name), or undefined when its kind has none. */
export function allowedAge(name: string, t: Thresholds): number | undefined {
  if (NEWS.test(name)) return t.newsDays;
  if (NOTICE.test(name)) return t.noticeDays;
  return t.otherDays;
}

export function blankAndStale(column: BuiltColumn, t: Thresholds): Finding[] {
  const findings: Finding[] = [];
  for (const area of column.manifest.areas) {
    const items = column.items.get(area.id) ?? [];
    if (area.applicable === false) continue;
    if (!items.length) {
      findings.push({ indicator: 'blank', area: area.id, message: `${area.name}: no items, and the area is not declared 不涉及` });
      continue;
    }
    const names = new Map(items.map((item) => [item.id, item.name]));
    for (const item of items) {
      const entries = column.entries.get(item.id) ?? [];
      // Items share names (办事指南 under each 一级): the path says which.
      const where = [area.name, item.parent && names.get(item.parent), item.name].filter(Boolean).join(' › ');
      if (!entries.length && !item.childCount) findings.push({ indicator: 'blank', area: area.id, item: item.id, message: `${where}: no entries` });
      const newest = entries[0]?.publishedAt;
      const allowed = allowedAge(item.name, t);
      if (newest && allowed !== undefined && age(newest, t.today) > allowed)
        findings.push({
          indicator: 'stale',
          area: area.id,
          item: item.id,
          message: `${where}: newest entry ${newest}, ${age(newest, t.today)} days old (its kind allows ${allowed})`,
        });
    }
  }
  return findings;
}

const SAYS_REPEALED = /已废止|已失效|（废止）|\(废止\)/;
const REPEALS = /关于废止(.+)/;

export function unmarkedRepeals(column: BuiltColumn): Finding[] {
  const findings: Finding[] = [];
  const all = [...column.entries.values()].flat();
  const repealed = all.filter((entry) => REPEALS.test(entry.title)).map((entry) => entry.title.match(REPEALS)![1]!);
  for (const entry of all) {
    if (entry.validity === 'repealed' || REPEALS.test(entry.title)) continue;
    const says = SAYS_REPEALED.test(entry.title) || SAYS_REPEALED.test(entry.body ?? '');
    const named = repealed.some((text) => (entry.docNo && text.includes(entry.docNo)) || text.includes(entry.title.replace(/^关于/, '')));
    if (says || named)
      findings.push({
        indicator: 'unmarked-repeal',
        area: entry.item.split(':')[0]!,
        item: entry.item,
        entry: entry.id,
        message: `${entry.title}${entry.docNo ? `（${entry.docNo}）` : ''}: ${says ? 'says it is repealed' : 'a later entry repeals it'}, but is not marked 已废止 (validity: repealed)`,
      });
  }
  return findings;
}

/** Entries whose static page does not show a 发布日期 (read from the pages `build --html` wrote). */
export async function undatedPages(column: BuiltColumn): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const [item, entries] of column.entries) {
    for (const entry of entries) {
      const file = join(column.dir, columnPath({ section: 'catalogue', item, entry: entry.id }));
      const page = await readFile(file, 'utf8').catch(() => '');
      if (!/<dt>发布日期<\/dt><dd><time datetime="\d{4}-\d{2}-\d{2}">/.test(page))
        findings.push({
          indicator: 'no-date',
          area: item.split(':')[0]!,
          item,
          entry: entry.id,
          message: `${entry.title}: its page ${page ? 'shows no 发布日期' : 'is missing'}`,
        });
    }
  }
  return findings;
}
