/**
 * How `<gov-search>` shows an answer: the summary, the facets, one line per hit with its kind, its
 * place (jurisdiction › 领域 › 一级 › 二级), its date and the matched words marked, "加载更多",
 * and, when nothing matched, other words and areas to try.
 */
import type { DisclosureClient, Jurisdiction } from '@gov-disclosure/sdk';
import { search, type FacetCount, type SearchFilters, type SearchHit, type SearchOptions, type SearchResults } from '@gov-disclosure/sdk/search';
import { html, nothing } from 'lit';
import '../../i18n/search.js';
import type { MessageKey } from '../../i18n/index.js';
import { listMove } from '../../controllers/list-navigation.js';
import type { Loadable } from '../../controllers/resource.js';
export { resultStyles as styles } from './results.styles.js';

const KIND_LABEL: Record<SearchHit['kind'], MessageKey> = { item: 'searchKindItem', element: 'searchKindElement', entry: 'searchKindEntry' };

export interface ResultsView {
  results: SearchResults;
  /** The hits shown: the first page and those "加载更多" added. */
  hits: SearchHit[];
  filters: SearchFilters;
  loadingMore: boolean;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  data: (text: string | undefined) => string;
  open: (hit: SearchHit, index: number) => void;
  filter: (change: SearchFilters) => void;
  more: () => void;
  query: (q: string) => void;
}

export function kindLabel(v: Pick<ResultsView, 't'>, kind: SearchHit['kind']): string {
  return v.t(KIND_LABEL[kind]);
}

export function renderResults(v: ResultsView) {
  const { results, hits } = v;
  const words = results.terms ?? [results.query];
  const filtered = Object.values(v.filters).some(Boolean);
  if (!results.total && !filtered) return renderNone(v);
  return html`
    <p class="summary" role="status">${summary(v)}</p>
    ${results.partial ? html`<p class="muted">${v.t('searchPartial')}</p>` : nothing}
    ${renderFacets(v)}
    <ul aria-label=${summary(v)}>
      ${hits.map(
        (hit, i) => html`<li>
          <button class="hit" type="button" data-index=${i} @click=${() => v.open(hit, i)}>
            <span class="kind">${kindLabel(v, hit.kind)}</span>
            <span class="body">
              <span class="text">${highlight(v.data(hit.text), words)}</span>
              <span class="where">${highlight(v.data([hit.jurisdiction?.name, ...(hit.path ?? [hit.itemName])].filter(Boolean).join(' › ')), words)}</span>
              ${hit.snippet ? html`<span class="snippet">${highlight(v.data(hit.snippet), words)}</span>` : nothing}
              ${hit.date ? html`<time datetime=${hit.date}>${hit.date}</time>` : nothing}
              ${hit.updated ? html`<span class="updated">${v.t('searchUpdated', { date: hit.updated })}</span>` : nothing}
            </span>
          </button>
        </li>`,
      )}
    </ul>
    ${
      results.total && !results.counting
        ? html`<div class="more">
          <span class="muted">${v.t('searchShown', { shown: hits.length, count: results.total })}</span>
          ${hits.length < results.total ? html`<button type="button" class="load-more" ?disabled=${v.loadingMore} aria-busy=${String(v.loadingMore)} @click=${v.more}>${v.t('searchLoadMore')}</button>` : nothing}
        </div>`
        : nothing
    }
  `;
}

/** The summary line: the total, or, while a page is shown before its hits are counted, that they are being counted. */
function summary(v: ResultsView): string {
  const { results } = v;
  if (results.counting) return v.t('searchCounting', { query: results.query });
  return results.total ? v.t('searchResults', { query: results.query, count: results.total }) : v.t('searchNone', { query: results.query });
}

/**
 * The facets. While the hits are counted, the same controls with the kinds, areas and years found
 * so far, their counts "…" and disabled, so that the hits below do not move when the counts come.
 */
function renderFacets(v: ResultsView) {
  const facets = v.results.facets;
  if (!facets) return nothing;
  const counting = !!v.results.counting;
  const n = (count: number) => (counting ? '…' : count);
  const all = facets.all;
  const select = (key: 'area' | 'year' | 'jurisdiction', label: MessageKey, list: FacetCount[], name: (f: FacetCount) => string) =>
    list.length > 1 || v.filters[key]
      ? html`<label>
          <span>${v.t(label)}</span>
          <select ?disabled=${counting} @change=${(e: Event) => v.filter({ [key]: (e.target as HTMLSelectElement).value || undefined })}>
            <option value="" ?selected=${!v.filters[key]}>
              ${
                // Items have no year: a count here would not be the sum of the years below it.
                key === 'year' ? v.t('searchFacetAnyYear') : v.t('searchFacetAll', { count: n(all[key]) })
              }
            </option>
            ${list.map((f) => html`<option value=${f.value} ?selected=${v.filters[key] === f.value}>${v.t('searchFacetOption', { label: name(f), count: n(f.count) })}</option>`)}
          </select>
        </label>`
      : nothing;
  const kinds = facets.kind;
  return html`<div class="facets ${counting ? 'counting' : ''}" role="group" aria-label=${v.t('searchFacets')} aria-busy=${String(counting)}>
    ${
      kinds.length > 1 || v.filters.kind
        ? html`<div class="kinds" role="group" aria-label=${v.t('searchFacetKind')}>
          <button type="button" aria-pressed=${String(!v.filters.kind)} ?disabled=${counting} @click=${() => v.filter({ kind: undefined })}>
            ${v.t('searchFacetAll', { count: n(all.kind) })}
          </button>
          ${kinds.map(
            (
              f,
            ) => html`<button type="button" aria-pressed=${String(v.filters.kind === f.value)} ?disabled=${counting} @click=${() => v.filter({ kind: f.value as SearchHit['kind'] })}>
              ${v.t('searchFacetOption', { label: kindLabel(v, f.value as SearchHit['kind']), count: n(f.count) })}
            </button>`,
          )}
        </div>`
        : nothing
    }
    ${facets.jurisdiction ? select('jurisdiction', 'searchFacetJurisdiction', facets.jurisdiction, (f) => v.data(f.label ?? f.value)) : nothing}
    ${select('area', 'searchFacetArea', facets.area, (f) => v.data(f.label ?? f.value))}
    ${select('year', 'searchFacetYear', facets.year, (f) => v.t('searchYear', { year: f.value }))}
  </div>`;
}

function renderNone(v: ResultsView) {
  const { results } = v;
  const words = results.suggestions?.words ?? [];
  const areas = results.suggestions?.areas ?? [];
  return html`
    <p class="summary" role="status">${v.t('searchNone', { query: results.query })}</p>
    <p class="muted">${v.t('searchNoneHint')}</p>
    ${
      words.length
        ? html`<p class="suggest">${v.t('searchTryWords')}${words.map((w) => html`<button type="button" @click=${() => v.query(w)}>${v.data(w)}</button>`)}</p>`
        : nothing
    }
    ${
      areas.length
        ? html`<p class="suggest">${v.t('searchTryAreas')}${areas.map((a) => html`<button type="button" @click=${() => v.query(a.name)}>${v.data(a.name)}</button>`)}</p>`
        : nothing
    }
  `;
}

/** What "加载更多" needs of the element. */
export interface MoreHost {
  client: DisclosureClient | undefined;
  limit: number;
  more: SearchHit[];
  loadingMore: boolean;
  readonly updateComplete: Promise<boolean>;
  readonly shadowRoot: ShadowRoot | null;
}

/** The next page ("加载更多"), appended to the element's hits; focus moves to its first hit. */
export async function loadMore(host: MoreHost & { filters: SearchOptions }, results: Loadable<SearchResults>): Promise<void> {
  const first = results.value;
  const client = host.client;
  if (!first || !client || host.loadingMore) return;
  host.loadingMore = true;
  const from = first.hits.length + host.more.length;
  try {
    const page = await search(client, first.query, { limit: host.limit, offset: from, ...host.filters });
    if (results.value !== first) return;
    host.more = [...host.more, ...page.hits];
    await host.updateComplete;
    host.shadowRoot?.querySelectorAll<HTMLElement>('.hit')[from]?.focus();
  } catch {
    // The button stays: pressing it again retries.
  } finally {
    host.loadingMore = false;
  }
}

/**
 * The column of a city's matrix a hit of its merged index is in, with its data (the column that
 * shows the hit switches there when it shows another).
 */
export async function otherColumn(hit: SearchHit, client: DisclosureClient): Promise<Jurisdiction | undefined> {
  if (!hit.jurisdiction) return undefined;
  const column = await client.column().catch(() => undefined);
  return column?.jurisdictions?.find((j) => j.code === hit.jurisdiction!.code);
}

/** The keyboard in the results: ↑/↓/Home/End between hits, Esc (or ↑ from the first) back to the box. */
export function walkResults(event: KeyboardEvent, hits: HTMLElement[], active: Element | null | undefined, input: HTMLElement): void {
  const index = hits.indexOf(active as HTMLElement);
  if (index < 0) return;
  if (event.key === 'Escape' || (event.key === 'ArrowUp' && index === 0)) {
    event.preventDefault();
    input.focus();
    return;
  }
  const to = listMove(event.key, index, hits.length);
  if (to !== undefined) {
    event.preventDefault();
    hits[to]?.focus();
  }
}

/** Focuses a hit and brings it to the middle of the window. */
export function focusHit(hit: HTMLElement | undefined): boolean {
  hit?.focus({ preventScroll: true });
  hit?.scrollIntoView({ block: 'center' });
  return !!hit;
}

/** Wraps every match of any of `words` (the query's and its synonyms, longest first) in `<mark>`, as text (never as HTML). */
export function highlight(text: string, words: readonly string[]): unknown {
  const lower = text.toLowerCase();
  const wanted = words.map((w) => w.toLowerCase()).filter(Boolean);
  const parts: unknown[] = [];
  let from = 0;
  for (let at = 0; at < lower.length;) {
    // The longest word that starts here.
    const word = wanted.reduce<string | undefined>((best, w) => (lower.startsWith(w, at) && (!best || w.length > best.length) ? w : best), undefined);
    if (!word) {
      at++;
      continue;
    }
    parts.push(text.slice(from, at), html`<mark>${text.slice(at, at + word.length)}</mark>`);
    from = at += word.length;
  }
  parts.push(text.slice(from));
  return parts;
}

const lastShown = new WeakMap<object, SearchResults>();

/**
 * What to show for an element's search: its results, or, while another search loads (a narrowed
 * one, another query), the results shown before, marked busy (in the same template, so the facet
 * just pressed keeps the focus, and nothing blanks between two queries); `undefined` for the first
 * load and the error states.
 */
export function shownResults<R extends SearchResults>(resource: Loadable<R>, q: string, host: object): R | undefined {
  const { value, status } = resource;
  if (value) lastShown.set(host, value);
  if (status === 'error') return undefined;
  const shown = lastShown.get(host) as R | undefined;
  // A new query's results replace the last ones when they come (marked busy meanwhile), not a loading screen between.
  return value ?? (status === 'loading' ? shown : undefined);
}
