/**
 * The column's state in the address bar, so that an item or an entry has a shareable address and
 * Back and Forward work: read when the page loads and on Back/Forward, written as the column moves.
 * Parameters carry a `gov-` prefix and the page's own parameters are kept:
 * `#gov-item=social-assistance:1.1&gov-entry=…` (hash mode) or `?id=12&gov-item=…` (query mode).
 * In path mode the section, area, item and entry are the path below the column's root, as the
 * static pages of `gov-disclosure build --html` are laid out (`…/gkzl/item/social-assistance!1.1/`;
 * the scheme is the SDK's `columnPath`), and the rest rides in the query.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The path scheme, loaded by a column in path mode only (the others never ship it). */
let paths: typeof import('@gov-disclosure/sdk/paths') | undefined;

/** `home` is the landing view, the column's first screen. */
export type Section = 'home' | 'catalogue' | 'policies' | 'map' | 'nav';

export interface ColumnState {
  section: Section | undefined;
  item: string | undefined;
  entry: string | undefined;
  /** The catalogue's area opened from the home's tiles, when no item is open. */
  area?: string | undefined;
  /** The policy document open in 政策文件. */
  policy?: string | undefined;
  /** A neighbour's 行政区划代码, when the column switched to it in place. */
  jurisdiction: string | undefined;
  /** The search query, so that Back from a result returns to the results. */
  q?: string | undefined;
  /** A language the link asks for explicitly (`gov-lang`); read, never written. */
  lang?: string | undefined;
}

const KEYS = {
  section: 'gov-section',
  item: 'gov-item',
  entry: 'gov-entry',
  area: 'gov-area',
  policy: 'gov-policy',
  jurisdiction: 'gov-jurisdiction',
  q: 'gov-q',
} as const;
const SECTIONS: readonly Section[] = ['home', 'catalogue', 'policies', 'map', 'nav'];

type Mode = 'hash' | 'query' | 'path';

function params(url: URL, mode: Mode): URLSearchParams {
  return mode === 'hash' ? new URLSearchParams(url.hash.replace(/^#/, '')) : url.searchParams;
}

/** The state an address names; in path mode `base` is the column's root path (`/gkzl/`). */
export function readState(href: string, mode: Mode, base = '/'): Partial<ColumnState> {
  const url = new URL(href);
  const p = params(url, mode);
  const section = p.get(KEYS.section) as Section | null;
  const item = p.get(KEYS.item) ?? undefined;
  // In path mode the path names the section, area, item and entry (the query never does).
  const path = mode === 'path' ? paths!.stateOfPathname(url.pathname, base) : undefined;
  return {
    // No section named: an item or an area is in the catalogue, a policy in 政策文件, anything else is home.
    section: section && SECTIONS.includes(section) ? section : item || p.get(KEYS.area) ? 'catalogue' : p.get(KEYS.policy) ? 'policies' : undefined,
    item,
    entry: p.get(KEYS.entry) ?? undefined,
    area: p.get(KEYS.area) ?? undefined,
    policy: p.get(KEYS.policy) ?? undefined,
    jurisdiction: p.get(KEYS.jurisdiction) ?? undefined,
    q: p.get(KEYS.q) ?? undefined,
    lang: p.get('gov-lang') ?? undefined,
    ...path,
  };
}

/** The address of a state; in path mode `base` is the column's root path. */
export function writeState(href: string, state: ColumnState, mode: Mode | 'none', base = '/'): string {
  if (mode === 'none') return href;
  const url = new URL(href);
  const p = params(url, mode);
  // An item open hides its area.
  if (state.item) state = { ...state, area: undefined };
  if (mode === 'path') url.pathname = base + paths!.columnPath({ ...state, section: state.section ?? 'home' });
  for (const [field, key] of Object.entries(KEYS) as [Exclude<keyof ColumnState, 'lang'>, string][]) {
    const value =
      (mode === 'path' && field !== 'q' && field !== 'jurisdiction') ||
      (field === 'section' && state.section === (state.item ? 'catalogue' : state.policy ? 'policies' : 'home'))
        ? undefined
        : state[field];
    if (value) p.set(key, value);
    else p.delete(key);
  }
  if (mode === 'hash') url.hash = p.toString();
  return url.href;
}

export type UrlStateMode = Mode | 'none';

interface RoutedHost extends ReactiveControllerHost, HTMLElement {
  urlState: UrlStateMode;
  /** In path mode, the column's root, relative to the page it is first shown on (`../../`). */
  urlBase?: string | undefined;
}

/**
 * Keeps a column's state and the address bar in step. The host says what its state is (`state`)
 * and what to do when the address changes under it (`popped`, on Back and Forward); it calls
 * `push` for a move of its own (a step in the history) and `replace` for a change that rides on
 * the current step (a query as it is typed). With `url-state="none"` the address is left alone.
 */
export class ColumnRouter implements ReactiveController {
  readonly #host: RoutedHost;
  readonly #state: () => ColumnState;
  readonly #popped: (state: Partial<ColumnState>) => void;
  /** The column's root path, fixed when the column first connects (a relative base means that page's). */
  #base: string | undefined;

  constructor(host: RoutedHost, o: { state: () => ColumnState; popped: (state: Partial<ColumnState>) => void }) {
    this.#host = host;
    this.#state = o.state;
    this.#popped = o.popped;
    host.addController(this);
  }

  hostConnected(): void {
    this.#base ??= new URL(this.#host.urlBase ?? './', location.href).pathname;
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** What the address says, or nothing when the column keeps no state there. */
  read(): Partial<ColumnState> | undefined {
    const mode = this.#host.urlState;
    return mode === 'none' || (mode === 'path' && !paths) ? undefined : readState(location.href, mode, this.#base);
  }

  /** Gives `open` what the address says: at once, or in path mode once the path scheme is loaded. */
  async restore(open: (state: Partial<ColumnState>) => void): Promise<void> {
    if (this.#host.urlState === 'path') paths ??= await import('@gov-disclosure/sdk/paths');
    const state = this.read();
    if (state) open(state);
  }

  /** The address of the current state with `change` applied (the page's own address with `url-state="none"`). */
  url(change: Partial<ColumnState> = {}): string {
    return writeState(location.href, { ...this.#state(), ...change }, this.#host.urlState, this.#base);
  }

  /** Records the current state as a new step of the history, so that Back returns to the one before. */
  push(): void {
    if (this.#host.urlState !== 'none') history.pushState(history.state, '', this.url());
  }

  /** Writes the current state over the current step of the history. */
  replace(): void {
    if (this.#host.urlState !== 'none') history.replaceState(history.state, '', this.url());
  }

  #onPopState = (): void => {
    const state = this.read();
    if (state) this.#popped(state);
  };
}
