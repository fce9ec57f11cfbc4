/**
 * Checks a catalogue against the standard (国办发〔2019〕54号) and for freshness:
 * - every one of the 26 areas has items, or is declared not applicable;
 * - every item to be disclosed carries the minimum elements: 名称, 内容, 依据, 时限, 主体, 方式, 渠道, 对象;
 * - values come from the known vocabularies (what is not is kept as 其他 and reported);
 * - entries are published within their 公开时限 ("…之日起N个工作日内");
 * - items have at least 4 entries, a latest entry no older than 90 days, and no gap of 90 days
 *   or more between entries ("僵尸栏目").
 */
import { addWorkingDays, STANDARD_AREAS, type Catalogue, type CatalogueItem, type DisclosureEntry, type WorkCalendar } from '@gov-disclosure/sdk';

export type Severity = 'error' | 'warning';

export type Rule = 'area-missing' | 'minimum-elements' | 'vocabulary' | 'deadline-unparsed' | 'published-late' | 'too-few-entries' | 'stale' | 'gap';

export interface Finding {
  rule: Rule;
  severity: Severity;
  area: string;
  item?: string;
  entry?: string;
  message: string;
}

export interface LintOptions {
  /** The day freshness is measured from (YYYY-MM-DD). Default today. */
  today?: string;
  /** Days without a new entry that make an item stale, and a gap. Default 90. */
  staleDays?: number;
  /** Entries an item should have at least. Default 4. */
  minEntries?: number;
  /** Public holidays and 调休 working days, for 公开时限 in working days. Without it, only weekends are off. */
  calendar?: WorkCalendar;
  /**
   * The areas (ids) this catalogue is meant to hold, when it is part of one (one area's table, an
   * example): the others are not reported missing. Default: all 26, as a county's catalogue must.
   */
  onlyAreas?: readonly string[];
}

export interface LintReport {
  findings: Finding[];
  summary: { area: string; name: string; items: number; entries: number; errors: number; warnings: number }[];
  errors: number;
  warnings: number;
}

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

const MINIMUM: [string, (item: CatalogueItem) => boolean][] = [
  ['名称', (i) => !!i.name],
  ['内容', (i) => !!i.elements?.length],
  ['依据', (i) => !!i.basis],
  ['时限', (i) => !!i.deadline?.text],
  ['主体', (i) => !!i.responsible],
  ['方式', (i) => !!i.mode?.length],
  ['渠道', (i) => !!i.channels?.length || !!i.otherChannels],
  ['对象', (i) => !!i.audience?.length],
];

export function lint(catalogue: Catalogue, options: LintOptions = {}): LintReport {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const staleDays = options.staleDays ?? 90;
  const minEntries = options.minEntries ?? 4;
  const findings: Finding[] = [];
  const declared = new Map((catalogue.areas ?? []).map((a) => [a.id, a]));
  const items = catalogue.items;
  const hasChildren = new Set(items.map((i) => i.parent).filter(Boolean));
  const areaOf = new Map(items.map((i) => [i.id, i.area]));
  const entriesOf = new Map<string, DisclosureEntry[]>();
  const entriesPerArea = new Map<string, number>();
  for (const entry of catalogue.entries ?? []) {
    const list = entriesOf.get(entry.item);
    if (list) list.push(entry);
    else entriesOf.set(entry.item, [entry]);
    const area = areaOf.get(entry.item) ?? '';
    entriesPerArea.set(area, (entriesPerArea.get(area) ?? 0) + 1);
  }
  const withEntries = (catalogue.entries?.length ?? 0) > 0;

  for (const area of STANDARD_AREAS) {
    if (options.onlyAreas && !options.onlyAreas.includes(area.id)) continue;
    if (items.some((i) => i.area === area.id)) continue;
    const d = declared.get(area.id);
    if (d?.applicable === false) continue;
    findings.push({ rule: 'area-missing', severity: 'error', area: area.id, message: `${area.name}: no items, and not declared not applicable (不涉及)` });
  }

  for (const item of items) {
    // Leaves are what is disclosed: 二级 (or 三级) items, and a 一级 item with no children.
    if (hasChildren.has(item.id)) continue;
    const at = { area: item.area, item: item.id };
    const missing = MINIMUM.filter(([, has]) => !has(item)).map(([name]) => name);
    if (missing.length) findings.push({ rule: 'minimum-elements', severity: 'error', ...at, message: `${item.name}: missing ${missing.join('、')}` });
    if (item.otherChannels && !item.channels?.includes('other')) {
      findings.push({
        rule: 'vocabulary',
        severity: 'warning',
        ...at,
        message: `${item.name}: channel "${item.otherChannels}" is not in the standard list (kept as 其他)`,
      });
    }
    if (item.deadline?.text && !item.deadline.days && !/实时|长期|常态|每年|每季|每月|动态/.test(item.deadline.text)) {
      findings.push({
        rule: 'deadline-unparsed',
        severity: 'warning',
        ...at,
        message: `${item.name}: 公开时限 "${item.deadline.text}" names no period, so late publication cannot be checked`,
      });
    }
    if (!withEntries) continue;
    const entries = [...(entriesOf.get(item.id) ?? [])].sort((a, b) => (a.publishedAt < b.publishedAt ? -1 : 1));
    if (entries.length < minEntries) {
      findings.push({ rule: 'too-few-entries', severity: 'warning', ...at, message: `${item.name}: ${entries.length} entries (fewer than ${minEntries})` });
    }
    const latest = entries.at(-1);
    if (latest && days(latest.publishedAt, today) > staleDays) {
      findings.push({
        rule: 'stale',
        severity: 'warning',
        ...at,
        message: `${item.name}: latest entry ${latest.publishedAt}, ${days(latest.publishedAt, today)} days ago (僵尸栏目)`,
      });
    }
    for (let i = 1; i < entries.length; i++) {
      const gap = days(entries[i - 1]!.publishedAt, entries[i]!.publishedAt);
      if (gap >= staleDays) {
        findings.push({
          rule: 'gap',
          severity: 'warning',
          ...at,
          message: `${item.name}: no entry between ${entries[i - 1]!.publishedAt} and ${entries[i]!.publishedAt} (${gap} days)`,
        });
        break;
      }
    }
    const deadline = item.deadline;
    if (deadline?.days) {
      for (const entry of entries) {
        if (!entry.writtenAt) continue;
        const due =
          deadline.unit === 'calendar'
            ? new Date(Date.parse(entry.writtenAt) + deadline.days * DAY).toISOString().slice(0, 10)
            : addWorkingDays(entry.writtenAt, deadline.days, options.calendar);
        if (entry.publishedAt > due) {
          findings.push({
            rule: 'published-late',
            severity: 'warning',
            ...at,
            entry: entry.id,
            message: `${entry.title}: written ${entry.writtenAt}, published ${entry.publishedAt}, due by ${due} (${deadline.text})`,
          });
        }
      }
    }
  }

  const names = new Map<string, string>(STANDARD_AREAS.map((a) => [a.id, a.name]));
  const summary = [...new Set([...STANDARD_AREAS.map((a) => a.id as string), ...items.map((i) => i.area)])].map((area) => {
    const mine = findings.filter((f) => f.area === area);
    return {
      area,
      name: names.get(area) ?? area,
      items: items.filter((i) => i.area === area).length,
      entries: entriesPerArea.get(area) ?? 0,
      errors: mine.filter((f) => f.severity === 'error').length,
      warnings: mine.filter((f) => f.severity === 'warning').length,
    };
  });
  return {
    findings,
    summary,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}

/** The report for people: a summary line per area, then the findings grouped by area. */
export function formatReport(report: LintReport): string {
  const lines: string[] = [];
  lines.push('领域 area                      items  entries  errors  warnings');
  for (const s of report.summary) {
    if (!s.items && !s.errors) continue;
    lines.push(
      `${s.name.padEnd(14, '　')} ${String(s.items).padStart(6)} ${String(s.entries).padStart(8)} ${String(s.errors).padStart(7)} ${String(s.warnings).padStart(9)}`,
    );
  }
  for (const s of report.summary) {
    const mine = report.findings.filter((f) => f.area === s.area);
    if (!mine.length) continue;
    lines.push('', `${s.name} (${s.area})`);
    for (const f of mine.slice(0, 50)) lines.push(`  ${f.severity === 'error' ? '✘' : '!'} [${f.rule}] ${f.message}`);
    if (mine.length > 50) lines.push(`  … and ${mine.length - 50} more`);
  }
  const missing = report.findings.filter((f) => f.rule === 'area-missing').length;
  if (missing) {
    lines.push(
      '',
      `${missing} of the 26 areas have no items. A county's catalogue covers all 26, each with items or declared not applicable (不涉及). To check part of a catalogue (one area's table, an example), name the areas it is meant to hold: --only-areas 社会救助,义务教育`,
    );
  }
  lines.push('', `${report.errors} errors, ${report.warnings} warnings`);
  return lines.join('\n');
}
