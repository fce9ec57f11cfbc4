/**
 * The column's state in the URL, so that an item or an entry has a shareable address and Back and
 * Forward work. Parameters carry a `gov-` prefix and the page's own parameters are kept:
 * `#gov-item=social-assistance:1.1&gov-entry=…` (hash mode) or `?id=12&gov-item=…` (query mode).
 */

/** `home` is the landing view, the column's first screen. */
export type Section = 'home' | 'catalogue' | 'policies' | 'map' | 'nav';

export interface ColumnState {
  section: Section | undefined;
  item: string | undefined;
  entry: string | undefined;
  /** The catalogue's area opened from the home's tiles, when no item is open. */
  area?: string | undefined;
  /** A neighbour's 行政区划代码, when the column switched to it in place. */
  jurisdiction: string | undefined;
  /** The search query, so that Back from a result returns to the results. */
  q?: string | undefined;
  /** A language the link asks for explicitly (`gov-lang`); read, never written. */
  lang?: string | undefined;
}

const KEYS = { section: 'gov-section', item: 'gov-item', entry: 'gov-entry', area: 'gov-area', jurisdiction: 'gov-jurisdiction', q: 'gov-q' } as const;
const SECTIONS: readonly Section[] = ['home', 'catalogue', 'policies', 'map', 'nav'];

function params(url: URL, mode: 'hash' | 'query'): URLSearchParams {
  return mode === 'hash' ? new URLSearchParams(url.hash.replace(/^#/, '')) : url.searchParams;
}

export function readState(href: string, mode: 'hash' | 'query'): Partial<ColumnState> {
  const p = params(new URL(href), mode);
  const section = p.get(KEYS.section) as Section | null;
  const item = p.get(KEYS.item) ?? undefined;
  return {
    // No section named: an item or an area is in the catalogue, anything else is home.
    section: section && SECTIONS.includes(section) ? section : item || p.get(KEYS.area) ? 'catalogue' : undefined,
    item,
    entry: p.get(KEYS.entry) ?? undefined,
    area: p.get(KEYS.area) ?? undefined,
    jurisdiction: p.get(KEYS.jurisdiction) ?? undefined,
    q: p.get(KEYS.q) ?? undefined,
    lang: p.get('gov-lang') ?? undefined,
  };
}

export function writeState(href: string, state: ColumnState, mode: 'hash' | 'query' | 'none'): string {
  if (mode === 'none') return href;
  const url = new URL(href);
  const p = params(url, mode);
  for (const [field, key] of Object.entries(KEYS) as [Exclude<keyof ColumnState, 'lang'>, string][]) {
    const value = field === 'section' && state.section === (state.item ? 'catalogue' : 'home') ? undefined : state[field];
    if (value) p.set(key, value);
    else p.delete(key);
  }
  if (mode === 'hash') url.hash = p.toString();
  return url.href;
}
