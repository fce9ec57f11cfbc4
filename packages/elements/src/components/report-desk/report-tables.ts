/**
 * The report's tables on the desk, as the published page draws them (the SDK's grids: merged
 * headers, each header's scope), each in a frame that scrolls on its own when wider than the
 * screen; above them, whether section 三 balances and, if not, each check that fails.
 */
import { activeGrid, appealsGrid, imbalances, isWide, requestsGrid, scopeOf, SECTIONS, type AnnualReport, type Grid } from '@gov-disclosure/sdk/report';
import { html, nothing } from 'lit';
import type { LocaleController } from '../../controllers/locale.js';

export function renderGrid(grid: Grid, label: string, hint?: string) {
  return html`${isWide(grid) && hint ? html`<p class="swipe">${hint}</p>` : nothing}<div class="frame" role="region" tabindex="0" aria-label=${label}>
    <table class=${isWide(grid) ? 'wide' : ''}>
      ${grid.map(
        (row) =>
          html`<tr>
            ${row.map((c) =>
              c.head
                ? html`<th scope=${scopeOf(c, row)} colspan=${c.cols ?? 1} rowspan=${c.rows ?? 1}>${c.text}</th>`
                : html`<td colspan=${c.cols ?? 1}>${c.text}</td>`,
            )}
          </tr>`,
      )}
    </table>
  </div>`;
}

/** Whether section 三 balances: a note, or an alert listing each check that fails with both sides. */
export function renderBalance(r: AnnualReport, { t }: LocaleController) {
  const found = imbalances(r.requests);
  if (!found.length) return html`<p class="balance ok">${t('reportBalanced')}</p>`;
  return html`<div class="balance error" role="alert">
    <p>${t('reportUnbalanced')}</p>
    <ul>
      ${found.map((i) => html`<li>${t('reportImbalance', { where: i.where, check: i.check, left: i.left, right: i.right })}</li>`)}
    </ul>
  </div>`;
}

export function renderTables(r: AnnualReport, locale: LocaleController) {
  const hint = locale.t('reportSwipe');
  return html`${renderBalance(r, locale)}
    <h4>${SECTIONS.active}</h4>
    ${renderGrid(activeGrid(r), SECTIONS.active, hint)}
    <h4>${SECTIONS.requests}</h4>
    ${renderGrid(requestsGrid(r), SECTIONS.requests, hint)}
    <h4>${SECTIONS.appeals}</h4>
    ${renderGrid(appealsGrid(r), SECTIONS.appeals, hint)}
    ${r.feeLine ? html`<p class="fee-line">${r.feeLine}</p>` : nothing}`;
}
