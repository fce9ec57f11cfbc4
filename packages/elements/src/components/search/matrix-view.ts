/** How `<gov-search scope="matrix">` shows its results: grouped by jurisdiction. */
import type { Jurisdiction } from '@gov-disclosure/sdk';
import type { SearchHit, SearchResults } from '@gov-disclosure/sdk/search';
import { html, nothing } from 'lit';
// Its strings are registered by the results view, which always loads first.
import { kindLabel } from './results-view.js';
import { highlight } from '../../base/states.js';
import type { MessageKey } from '../../i18n/index.js';

/** Results of a matrix search: the hits of every column, and each column's own results. */
export type MatrixResults = SearchResults & { matrix?: { jurisdiction: Jurisdiction; results: SearchResults }[] };

export interface MatrixView {
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  data: (text: string | undefined) => string;
  open: (hit: SearchHit, jurisdiction: Jurisdiction) => void;
}

export function renderMatrix(results: SearchResults, groups: NonNullable<MatrixResults['matrix']>, v: MatrixView) {
  const needle = results.query;
  return html`
    <p class="summary" role="status">${results.total ? v.t('searchResults', { query: needle, count: results.total }) : v.t('searchNone', { query: needle })}</p>
    ${groups
      .filter((g) => g.results.hits.length)
      .map(
        ({ jurisdiction, results: found }) => html`<section aria-label=${v.data(jurisdiction.name)}>
          <h3>${v.data(jurisdiction.name)}<span class="muted">（${v.t('searchResultsCount', { count: found.total })}）</span></h3>
          <ul>
            ${found.hits.slice(0, 10).map(
              (hit) => html`<li>
                <button class="hit" type="button" @click=${() => v.open(hit, jurisdiction)}>
                  <span class="kind">${kindLabel(v, hit.kind)}</span>
                  <span class="text">${highlight(v.data(hit.kind === 'element' ? hit.itemName : hit.text), needle)}</span>
                  ${hit.kind !== 'item' ? html`<span class="where">${v.data(hit.itemName)}</span>` : nothing}
                  ${hit.date ? html`<time datetime=${hit.date}>${hit.date}</time>` : nothing}
                </button>
              </li>`,
            )}
          </ul>
        </section>`,
      )}
  `;
}
