import '../../i18n/core.js';
import type { Jurisdiction } from '@gov-disclosure/sdk';
import type { SearchFilters, SearchHit, SearchResults } from '@gov-disclosure/sdk/search';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GovDataElement } from '../../base/gov-data-element.js';
import { renderResource } from '../../base/states.js';
import { LazyViews, untilDrawn } from '../../controllers/later.js';
import { Resource } from '../../controllers/resource.js';
import { IndexWarmer, searchEngine } from './warm.js';
import { stateStyles, tokens } from '../../styles/tokens.js';
import type { MatrixResults } from './matrix-view.js';
import { loadLocale } from '../../i18n/index.js';
import { styles } from './search.styles.js';

/**
 * @tagname gov-search
 * @summary 我要查: full-text search across all areas of a column, ranked, in the citizen's words.
 *
 * @description Finds item names, their place in the catalogue, element text and entry titles.
 * Chinese has no spaces between words, so the index is of character bigrams: 低保 finds
 * 城乡低保资金发放. It knows the citizen's words (低保 ⇄ 最低生活保障, 公租房, 医保 …, and a site's
 * own), finds 简体 data from 繁體 queries, and folds full-width forms and punctuation. With a bundle
 * only the index shards of the query's words and the records of the hits shown are downloaded;
 * with an API the server ranks with the same code. Each hit shows its kind, its place
 * (领域 › 一级事项 › 二级事项, and the jurisdiction in a city search) and its date, with the matched
 * words marked; facets (type, area, year) narrow the results and "加载更多" reaches every hit. When
 * nothing matches it says so and offers other words and areas. Keyboard: ↓ from the box to the
 * results, ↑/↓/Home/End between them, Enter to open, Esc back to the box.
 *
 * @event gov-select - A result was opened; `detail.item`, `detail.entry` for an entry, and
 *   `detail.jurisdiction` when it is in another column of a city's matrix.
 * @event gov-query - The query changed (submitted, a suggestion chosen, cleared); `detail.q`.
 *
 * @csspart base - The wrapper.
 * @csspart form - The search form.
 * @csspart results - The results.
 * @csspart loading - The skeleton shown while data loads (announced as busy).
 * @csspart error - A localised error with a retry, or the way back when what was asked for is not there.
 * @csspart stale - The notice over data kept from before a refresh that failed, with a retry.
 */
export class GovSearch extends GovDataElement {
  static override styles = [tokens, stateStyles, styles];

  /** The query; setting it searches. */
  @property({ reflect: true }) q = '';
  /** Hits per page ("加载更多" adds as many again). */
  @property({ type: Number }) limit = 20;
  /**
   * `column` searches this column; `matrix` searches it and every column of its "1+N" matrix (a
   * city and its counties): through the city's merged index when its bundle has one, else each
   * column's index in parallel, grouped by jurisdiction.
   */
  @property({ reflect: true }) scope: 'column' | 'matrix' = 'column';

  @state() private draft = '';
  /** @internal The facets chosen. */
  @state() filters: SearchFilters = {};
  /** @internal The hits "加载更多" added (kept by the results view). */
  @state() more: SearchHit[] = [];
  /** @internal */
  @state() loadingMore = false;
  private get input() {
    return this.renderRoot.querySelector('input');
  }

  #typing = 0;
  readonly #index = new IndexWarmer(this);
  /** The hit opened last, focused again when the citizen comes back to the results. */
  #opened = -1;
  /** The per-column matrix search and its view, loaded when a city has no merged index. */
  #matrix: typeof import('./matrix.js') | undefined;
  /** How results look (and their strings): loaded with the first search, beside the search code. */
  /**
   * The results view, loaded with the first search (or the box's focus), its shared chunk asked
   * for at once, not after the view arrives (on a slow phone each wave of requests is a round trip).
   */
  readonly #views = new LazyViews<{ results: typeof import('./results-view.js') }>(this, {
    results: () => Promise.all([import('./results-view.js'), import('../../controllers/list-navigation.js')]).then(([v]) => v),
  });
  get #view() {
    return this.#views.loaded.results;
  }

  readonly #results = new Resource(
    this,
    async ([client, q, limit, scope, filters], signal, show): Promise<MatrixResults> => {
      // The search code, the index's first files and the results view load with the first search
      // (the box's focus starts them earlier), asked in the order they are needed: on a slow
      // phone they share one thin link, and the view is needed only once the hits are in.
      this.more = [];
      const engine = searchEngine();
      this.#index.warm(client);
      const view = this.#views.load('results');
      // The search starts as soon as its engine is here; the view (its code, its styles) is
      // evaluated while the index's shards are on their way, not before they are asked for.
      // A page the first parts of long lists decide is shown while the rest is counted (see the SDK's tails.ts).
      const ready = Promise.all([view, loadLocale(this.locale.locale)]);
      let answered = false;
      const onPage = (page: SearchResults) => void ready.then(() => answered || show(page));
      const searching = engine
        .then(({ search }) => search(client, q, { limit, signal, ...filters, ...(scope === 'matrix' ? {} : { onPage }) }))
        .then((results) => ((answered = true), results));
      searching.catch(() => undefined);
      const [results] = await Promise.all([searching, ready]);
      if (scope !== 'matrix' || results.facets?.jurisdiction) return results;
      this.#matrix ??= await import('./matrix.js');
      return this.#matrix.searchMatrix(client, q, limit, signal);
    },
    () => (this.client && this.q.trim() ? ([this.client, this.q.trim(), this.limit, this.scope, this.filters] as const) : undefined),
  );

  /** Puts the cursor in the search box. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** Moves focus back to the result opened last (when the citizen returns to the results). */
  async focusResult(): Promise<boolean> {
    await this.updateComplete;
    return this.#view?.focusHit(this.#hits()[this.#opened]) ?? false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('q')) {
      this.draft = this.q;
      if (changed.get('q') !== undefined) {
        this.filters = {};
        this.#opened = -1;
      }
    }
  }

  override render() {
    return html`<div class="base" part="base">
      <form part="form" role="search" @submit=${this.#onSubmit}>
        <div class="field">
          <label for="q">${this.t('searchLabel')}</label>
          <span class="box">
            <input
              id="q"
              type="search"
              name="q"
              .value=${this.draft}
              placeholder=${this.t('searchPlaceholder')}
              autocomplete="off"
              @input=${this.#onInput}
              @keydown=${this.#onInputKey}
              @focus=${this.#warm}
            />
            ${this.draft ? html`<button type="button" class="clear" aria-label=${this.t('searchClear')} @click=${this.#clear}>×</button>` : nothing}
          </span>
        </div>
        <button class="primary" type="submit">${this.t('searchButton')}</button>
      </form>
      <div part="results" @keydown=${this.#onResultsKey}>${this.#renderState()}</div>
    </div>`;
  }

  /** The results, or their loading and error states (see `shownResults`). */
  #renderState() {
    const q = this.q.trim();
    if (!q) return nothing;
    const results = this.#view?.shownResults(this.#results, q, this);
    return results
      ? html`<div class="results ${results.query === q ? '' : 'previous'}" aria-busy=${this.#results.status === 'loading'}>${this.#renderResults(results)}</div>`
      : renderResource(this.locale, this.#results, (r) => this.#renderResults(r));
  }

  #renderResults(results: MatrixResults) {
    if (results.matrix && this.#matrix) {
      return this.#matrix.renderMatrix(results, results.matrix, {
        t: (key, params) => this.t(key, params),
        data: (text) => this.data(text),
        open: (hit, jurisdiction) => this.#emitOpen(hit, jurisdiction),
      });
    }
    if (!this.#view) return nothing;
    return this.#view.renderResults({
      results,
      hits: [...results.hits, ...this.more],
      filters: this.filters,
      loadingMore: this.loadingMore,
      t: (key, params) => this.t(key, params),
      data: (text) => this.data(text),
      open: (hit, index) => this.#open(hit, index),
      filter: (change) => (this.filters = { ...this.filters, ...change }),
      more: () => void this.#view!.loadMore(this, this.#results),
      query: (q) => this.#setQuery(q),
    });
  }

  #warm = (): void => {
    // Only to have the code and the index's first files here sooner: a failure shows when a search needs it.
    searchEngine().catch(() => undefined);
    this.#views.load('results').catch(() => undefined);
    if (this.client) this.#index.warm(this.client);
  };

  /** The box's own clear button (the browser's is too small a target): empties the box and the results, and keeps the cursor there. */
  #clear = (): void => {
    this.draft = '';
    this.#setQuery('');
    this.input?.focus();
  };

  #setQuery(q: string): void {
    clearTimeout(this.#typing);
    if (q === this.q) return;
    this.q = q;
    this.emit('gov-query', { q });
  }

  #onInput = (event: Event): void => {
    this.draft = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typing);
    // Search as the user types, once they pause.
    this.#typing = window.setTimeout(() => this.#setQuery(this.draft.trim()), 300);
  };

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    this.#setQuery((this.input?.value ?? this.draft).trim());
    void this.#showResults();
  };

  /**
   * After 搜索: on a phone the column's header fills half the screen, so the summary comes to the top
   * once the answer is in (when it starts below the upper 40%), with the filters and first hits under it.
   */
  async #showResults(): Promise<void> {
    await untilDrawn(() => this.#results.status === 'ready' || this.#results.status === 'error', 900);
    await this.updateComplete;
    const summary = this.shadowRoot?.querySelector<HTMLElement>('.summary, [role="alert"]');
    if (summary && summary.getBoundingClientRect().top > window.innerHeight * 0.4) summary.scrollIntoView({ block: 'start' });
  }

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
    if (this.input) this.#view?.walkResults(event, this.#hits(), this.shadowRoot?.activeElement, this.input);
  };

  async #open(hit: SearchHit, index: number): Promise<void> {
    this.#opened = index;
    this.#emitOpen(hit, this.client && (await this.#view?.otherColumn(hit, this.client)));
  }

  #emitOpen(hit: SearchHit, jurisdiction?: Jurisdiction): void {
    this.emit('gov-select', {
      item: { id: hit.item, area: hit.area, name: hit.itemName, level: 2 },
      ...(hit.entry ? { entry: hit.entry } : {}),
      ...(jurisdiction ? { jurisdiction } : {}),
    });
  }
}
