/**
 * The annual report as a page in the template's layout: its six sections, the tables as the
 * template draws them (merged headers), printable (A4, the tables unbroken where they fit), and
 * readable on a phone (a wide table scrolls inside its own frame, not the page).
 */
import type { AnnualReport } from './report.js';
import { activeGrid, appealsGrid, isWide, requestsGrid, scopeOf, type Grid } from './layout.js';
import { SECTIONS } from './template.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The body reporting for a jurisdiction, by its name: a 街道's 办事处, else its 人民政府 (长沙县人民政府). */
export const bodyOf = (name: string) => (name.endsWith('街道') ? `${name}办事处` : `${name}人民政府`);

/** The report's title: `长沙县人民政府2026年政府信息公开工作年度报告`. */
export const reportTitle = (r: Pick<AnnualReport, 'body' | 'year'>) => `${r.body}${r.year}年政府信息公开工作年度报告`;

function table(grid: Grid, label: string): string {
  const rows = grid.map((row) => {
    const cells = row.map((c) => {
      const span = `${c.cols && c.cols > 1 ? ` colspan="${c.cols}"` : ''}${c.rows && c.rows > 1 ? ` rowspan="${c.rows}"` : ''}`;
      return c.head ? `<th scope="${scopeOf(c, row)}"${span}>${escape(c.text)}</th>` : `<td${span}>${escape(c.text)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  // A table of many columns keeps its width on a phone and scrolls inside its frame, not the page.
  const wide = isWide(grid);
  const hint = wide ? '<p class="hint">表格较宽，可左右滑动查看。</p>' : '';
  return `${hint}<div class="frame" role="region" tabindex="0" aria-label="${escape(label)}"><table${wide ? ' class="wide"' : ''}>${rows.join('\n')}</table></div>`;
}

const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p)}</p>`)
    .join('\n') || '<p class="none">（未填写）</p>';

const STYLE = `
body { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 16px/1.7 "Noto Serif CJK SC", "Source Han Serif SC", SimSun, serif; color: #1a1a1a; }
h1 { font-size: 1.5rem; text-align: center; line-height: 1.4; }
h2 { font-size: 1.15rem; margin-top: 2rem; }
p { text-indent: 2em; margin: 0.5em 0; }
p.back { text-indent: 0; }
p.none { color: #595959; }
.frame { overflow-x: auto; margin: 1rem 0; }
.frame:focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; line-height: 1.4; }
th, td { border: 1px solid #333; padding: 0.35em 0.5em; }
th { font-weight: normal; text-align: left; background: #f5f5f5; }
th[scope="col"], th[scope="colgroup"] { text-align: center; }
table.wide { min-width: 46rem; }
.hint { display: none; color: #595959; text-indent: 0; font-size: 0.9rem; }
@media (max-width: 46rem) { .hint { display: block; } }
td { text-align: center; font-variant-numeric: tabular-nums; min-width: 2.5em; }
.years li { margin: 0.75em 0; }
a { color: #1f5fbf; }
@media print { .back { display: none; } body { max-width: none; padding: 0; } .frame { overflow: visible; } .hint { display: none; } table.wide { min-width: 0; } table { page-break-inside: avoid; } @page { size: A4; margin: 2cm; } }
`;

/** A page titled `title` (its <h1> too) holding `main`: UTF-8, no script, nothing loaded from elsewhere. */
const page = (title: string, main: string) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
${main}
</main>
</body>
</html>
`;

/** The report as one HTML page. */
export function reportHtml(r: AnnualReport): string {
  return page(
    reportTitle(r),
    `<p class="back"><a href="index.html">全部年度报告</a></p>
<h2>${SECTIONS.overview}</h2>
${paragraphs(r.overview)}
<h2>${SECTIONS.active}</h2>
${table(activeGrid(r), SECTIONS.active)}
<h2>${SECTIONS.requests}</h2>
${table(requestsGrid(r), SECTIONS.requests)}
<h2>${SECTIONS.appeals}</h2>
${table(appealsGrid(r), SECTIONS.appeals)}
<h2>${SECTIONS.problems}</h2>
${paragraphs(r.problems)}
<h2>${SECTIONS.other}</h2>
${paragraphs(`${r.feeLine}\n${r.other}`)}`,
  );
}

/** The list of a body's published reports, newest first: `reports/index.html`, where the 年报 link points. */
export function reportsIndex(body: string, years: readonly number[]): string {
  const items = [...new Set(years)]
    .sort((a, b) => b - a)
    .map((y) => `<li><a href="${y}.html">${escape(reportTitle({ body, year: y }))}</a></li>`)
    .join('\n');
  return page(`${body}政府信息公开工作年度报告`, items ? `<ul class="years">\n${items}\n</ul>` : '<p class="none">尚未发布年度报告。</p>');
}
