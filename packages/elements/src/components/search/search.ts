import '../../i18n/core.js';
import type { Jurisdiction } from '@gov-disclosure/sdk';
import type { SearchHit } from '@gov-disclosure/sdk/search';
import type { MatrixResults } from './matrix-view.js';
import { css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { GovDataElement } from '../../base/gov-data-element.js';
import { highlight, renderResource } from '../../base/states.js';
import { Resource } from '../../controllers/resource.js';
import type { MessageKey } from '../../i18n/index.js';
import { stateStyles, tokens } from '../../styles/tokens.js';


const KIND_LABEL: Record<SearchHit['kind'], MessageKey> = { item: 'searchKindItem', element: 'searchKindElement', entry: 'searchKindEntry' };

/**
 * @tagname gov-search
 * @summary 我要查: full-text search across all areas of a column.
 *
 * @description Finds item names, element text and entry titles. Chinese has no spaces between
 * words, so the index is of character bigrams: a two-character query such as 低保 or 学区 finds
 * 城乡低保资金发放 and 学区划分. With a bundle the prebuilt index downloads on the first search; with
 * an API the server searches. Results are grouped by area with the matches highlighted. Keyboard:
 * ↓ from the box to the results, ↑/↓ between them, Enter to open, Esc back to the box.
 *
 * @event gov-select - A result was opened; `detail.item`, and `detail.entry` for an entry.
 *
 * @csspart base - The wrapper.
 * @csspart form - The search form.
 * @csspart results - The results.
 */
export class GovSearch extends GovDataElement {
  static override styles = [
    tokens,
    stateStyles,
    css`
      form {
        display: flex;
        gap: 0.5em;
        align-items: end;
      }
      label {
        flex: 1;
        display: flex;
        flex-direction: column;
      }
      input {
        border: 1px solid var(--gov-color-border, #8c8c8c);
        border-radius: var(--gov-radius, 4px);
        padding: 0 0.75em;
      }
      .summary {
        margin: 0.75em 0 0.25em;
      }
      h3 {
        font-size: inherit;
        margin: 0.75em 0 0.25em;
        padding-bottom: 0.2em;
        border-bottom: 1px solid var(--gov-color-border-subtle, #d0d0d0);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .hit {
        display: flex;
        gap: 0.75em;
        align-items: baseline;
        width: 100%;
        min-height: var(--_target);
        padding: 0.35em 0.5em;
        border: 0;
        border-radius: var(--gov-radius, 4px);
        background: none;
        text-align: start;
        cursor: pointer;
      }
      .hit:hover,
      .hit:focus-visible {
        background: var(--gov-color-hover, #f2f2f2);
      }
      .kind {
        flex: none;
        font-size: var(--_font-size-small);
        color: var(--gov-color-muted, #595959);
        border: 1px solid currentColor;
        border-radius: 3px;
        padding: 0 0.3em;
      }
      .text {
        flex: 1;
      }
      .where,
      time {
        flex: none;
        font-size: var(--_font-size-small);
        color: var(--gov-color-muted, #595959);
      }
    `,
  ];

  /** The query; setting it searches. */
  @property({ reflect: true }) q = '';
  /** How many hits to show at most. */
  @property({ type: Number }) limit = 50;
  /**
   * `column` searches this column; `matrix` searches it and every column of its "1+N" matrix (a
   * city and its counties), grouped by jurisdiction.
   */
  @property({ reflect: true }) scope: 'column' | 'matrix' = 'column';

  @state() private draft = '';
  @query('input') private input?: HTMLInputElement;

  #typing = 0;
  /** The matrix search and its view, loaded with the first matrix search. */
  #matrix: typeof import('./matrix.js') | undefined;

  readonly #results = new Resource(
    this,
    async ([client, q, limit, scope], signal): Promise<MatrixResults> => {
      // The search code (index preparation, bigram matching) loads with the first search; the
      // matrix's with the first search over a city's ten columns.
      if (scope === 'matrix') {
        this.#matrix ??= await import('./matrix.js');
        return this.#matrix.searchMatrix(client, q, limit, signal);
      }
      return (await import('@gov-disclosure/sdk/search')).search(client, q, { limit, signal });
    },
    () => (this.client && this.q.trim() ? ([this.client, this.q.trim(), this.limit, this.scope] as const) : undefined),
  );

  readonly #areas = new Resource(this, ([client], signal) => client.areas({ signal }), () => (this.client && this.q.trim() ? ([this.client] as const) : undefined));

  /** Puts the cursor in the search box. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override render() {
    return html`<div class="base" part="base">
      <form part="form" role="search" @submit=${this.#onSubmit}>
        <label>
          <span>${this.t('searchLabel')}</span>
          <input type="search" name="q" .value=${this.draft || this.q} placeholder=${this.t('searchPlaceholder')} autocomplete="off" @input=${this.#onInput} @keydown=${this.#onInputKey} />
        </label>
        <button class="primary" type="submit">${this.t('searchButton')}</button>
      </form>
      <div part="results" @keydown=${this.#onResultsKey}>
        ${this.q.trim() ? renderResource(this.locale, this.#results, (results) => this.#renderResults(results)) : nothing}
      </div>
    </div>`;
  }

  #renderResults(results: MatrixResults) {
    if (results.matrix && this.#matrix) {
      return this.#matrix.renderMatrix(results, results.matrix, {
        t: (key, params) => this.t(key, params),
        data: (text) => this.data(text),
        open: (hit, jurisdiction) => this.#open(hit, jurisdiction),
        kindLabel: (hit) => this.t(KIND_LABEL[hit.kind]),
      });
    }
    const areaName = new Map((this.#areas.value ?? []).map((a) => [a.id, a.name]));
    const groups = new Map<string, SearchHit[]>();
    for (const hit of results.hits) {
      const list = groups.get(hit.area) ?? [];
      list.push(hit);
      groups.set(hit.area, list);
    }
    const needle = results.query;
    return html`
      <p class="summary" role="status">${results.total ? this.t('searchResults', { query: needle, count: results.total }) : this.t('searchNone', { query: needle })}</p>
      ${[...groups].map(
        ([area, hits]) => html`<section aria-label=${this.data(areaName.get(area) ?? area)}>
          <h3>${this.data(areaName.get(area) ?? area)}</h3>
          <ul>
            ${hits.map(
              (hit) => html`<li>
                <button class="hit" type="button" @click=${() => this.#open(hit)}>
                  <span class="kind">${this.t(KIND_LABEL[hit.kind])}</span>
                  <span class="text">${highlight(this.data(hit.kind === 'element' ? hit.itemName : hit.text), needle)}</span>
                  ${hit.kind === 'element' ? html`<span class="where">${highlight(this.data(excerpt(hit.text, needle)), needle)}</span>` : nothing}
                  ${hit.kind === 'entry' ? html`<span class="where">${this.data(hit.itemName)}</span>` : nothing}
                  ${hit.date ? html`<time datetime=${hit.date}>${hit.date}</time>` : nothing}
                </button>
              </li>`,
            )}
          </ul>
        </section>`,
      )}
      ${results.total > results.hits.length ? html`<p class="muted">${this.t('searchMore', { count: results.total - results.hits.length })}</p>` : nothing}
    `;
  }

  #onInput = (event: Event): void => {
    this.draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typing);
    // Search as the user types, once they pause.
    this.#typing = window.setTimeout(() => (this.q = this.draft.trim()), 300);
  };

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    clearTimeout(this.#typing);
    this.q = (this.input?.value ?? this.draft).trim();
  };

  #hits(): HTMLButtonElement[] {
    return [...(this.shadowRoot?.querySelectorAll<HTMLButtonElement>('.hit') ?? [])];
  }

  #onInputKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' && this.#hits()[0]) {
      event.preventDefault();
      this.#hits()[0]!.focus();
    }
  };

  #onResultsKey = (event: KeyboardEvent): void => {
    const hits = this.#hits();
    const index = hits.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const to = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: hits.length - 1 }[event.key];
    if (event.key === 'Escape' || to === -1) {
      event.preventDefault();
      this.input?.focus();
    } else if (to !== undefined) {
      event.preventDefault();
      hits[Math.min(hits.length - 1, to)]?.focus();
    }
  };

  #open(hit: SearchHit, jurisdiction?: Jurisdiction): void {
    this.emit('gov-select', { item: { id: hit.item, area: hit.area, name: hit.itemName, level: 2 }, ...(hit.entry ? { entry: hit.entry } : {}), ...(jurisdiction ? { jurisdiction } : {}) });
  }
}

/** The part of a long element text around the match. */
function excerpt(text: string, needle: string): string {
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  if (text.length <= 40 || at < 0) return text.slice(0, 40);
  const start = Math.max(0, at - 12);
  return `${start ? '…' : ''}${text.slice(start, start + 40)}…`;
}
