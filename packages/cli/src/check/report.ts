/**
 * The check's report: for people (per indicator and per area, pass or fail, then what failed),
 * as JSON for scripts, or as an HTML page to hand on.
 */
import { STANDARD_AREAS } from '@gov-disclosure/sdk';
import { escape } from '../html/markup.js';
import type { Finding, Indicator } from './indicators.js';

export const INDICATORS: Record<Indicator, string> = {
  'no-pages': '静态页面（无脚本可读）',
  blank: '空白栏目',
  stale: '不更新栏目',
  'no-date': '发布日期不可见',
  'unmarked-repeal': '已废止文件未标注',
  'broken-link': '链接不可用',
  unanswered: '互动回应超期',
};

export interface CheckReport {
  jurisdiction: { code: string; name: string };
  today: string;
  passed: boolean;
  /** Indicators that were checked (links only with --links). */
  checked: Indicator[];
  indicators: { indicator: Indicator; name: string; passed: boolean; count: number }[];
  areas: { area: string; name: string; passed: boolean; count: number }[];
  findings: Finding[];
}

export function makeReport(
  jurisdiction: CheckReport['jurisdiction'],
  today: string,
  checked: Indicator[],
  findings: Finding[],
  areas: { id: string; name: string }[],
): CheckReport {
  const count = (pick: (f: Finding) => boolean) => findings.filter(pick).length;
  return {
    jurisdiction,
    today,
    passed: findings.length === 0,
    checked,
    indicators: checked.map((indicator) => {
      const n = count((f) => f.indicator === indicator);
      return { indicator, name: INDICATORS[indicator], passed: n === 0, count: n };
    }),
    areas: areas.map((area) => {
      const n = count((f) => f.area === area.id);
      return { area: area.id, name: area.name, passed: n === 0, count: n };
    }),
    findings,
  };
}

const areaName = (id: string) => STANDARD_AREAS.find((a) => a.id === id)?.name ?? id;

/** For people: a verdict, each indicator, the areas that fail, then the findings (at most `max` of each indicator). */
export function formatText(report: CheckReport, max = 20): string {
  const lines = [
    `${report.jurisdiction.name}（${report.jurisdiction.code}）基层政务公开专栏 — national website check indicators, ${report.today}: ${report.passed ? 'PASS' : 'FAIL'}`,
    '',
  ];
  for (const i of report.indicators) lines.push(`  ${i.passed ? 'pass' : 'FAIL'}  ${i.name} (${i.indicator})${i.count ? `: ${i.count}` : ''}`);
  const failing = report.areas.filter((a) => !a.passed);
  lines.push('', failing.length ? `Areas with findings: ${failing.map((a) => `${a.name} ${a.count}`).join('，')}` : 'Every area passes.');
  for (const i of report.indicators.filter((x) => !x.passed)) {
    lines.push('', `${i.name} (${i.indicator}):`);
    const list = report.findings.filter((f) => f.indicator === i.indicator);
    for (const f of list.slice(0, max)) lines.push(`  - ${f.message}`);
    if (list.length > max) lines.push(`  … and ${list.length - max} more (--format json lists all)`);
  }
  return lines.join('\n');
}

/** A page to hand on: the same report, every finding. */
export function formatHtml(report: CheckReport): string {
  const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const verdict = (passed: boolean) => (passed ? '<span class="pass">通过</span>' : '<strong class="fail">未通过</strong>');
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(report.jurisdiction.name)}基层政务公开专栏检查报告 ${report.today}</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem}table{border-collapse:collapse;width:100%;margin:0 0 1.5rem}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}.fail{color:#b3261e}.pass{color:#2e7d32}</style>
<h1>${escape(report.jurisdiction.name)}基层政务公开专栏检查报告</h1>
<p>检查日期：${report.today}。结论：${verdict(report.passed)}</p>
<h2>指标</h2><table><thead><tr><th>指标</th><th>结论</th><th>问题数</th></tr></thead><tbody>${report.indicators.map((i) => row([escape(i.name), verdict(i.passed), String(i.count)])).join('')}</tbody></table>
<h2>领域</h2><table><thead><tr><th>领域</th><th>结论</th><th>问题数</th></tr></thead><tbody>${report.areas.map((a) => row([escape(a.name), verdict(a.passed), String(a.count)])).join('')}</tbody></table>
<h2>问题清单</h2><table><thead><tr><th>指标</th><th>领域</th><th>说明</th></tr></thead><tbody>${report.findings.map((f) => row([escape(INDICATORS[f.indicator]), escape(f.area ? areaName(f.area) : '—'), escape(f.message)])).join('')}</tbody></table>
</html>
`;
}
