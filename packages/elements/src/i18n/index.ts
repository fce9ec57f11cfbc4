import type { formsZhCN } from './forms.zh-CN.js';
import type { requestZhCN } from './request.zh-CN.js';
import type { ledZhCN } from './led.zh-CN.js';
import type { searchZhCN } from './search.zh-CN.js';
import type { sectionsZhCN } from './sections.zh-CN.js';
import type { deskZhCN } from './desk.zh-CN.js';
import type { reportDeskZhCN } from './report-desk.zh-CN.js';
import type { CoreMessages } from './zh-CN.js';

/** Every interface string, by key: the column's, the feedback forms' and the request's. */
export type Messages = CoreMessages &
  typeof formsZhCN &
  typeof requestZhCN &
  typeof ledZhCN &
  typeof searchZhCN &
  typeof sectionsZhCN &
  typeof deskZhCN &
  typeof reportDeskZhCN;
export type MessageKey = keyof Messages;

/** The locales the elements speak; zh-CN is the default. */
export type Locale = 'zh-CN' | 'zh-TW' | 'en';

type Loader = () => Promise<Partial<Messages>>;

interface Namespace {
  loaders: Partial<Record<Locale, Loader>>;
  loaded: Map<Locale, Promise<void> | true>;
}

/**
 * The strings in each locale, as far as they are loaded. Each set registers itself when an element
 * that needs it is imported (`core.ts`: the column's; `forms.ts`: the forms'), so an element ships
 * only its own strings. zh-CN is always there; zh-TW and English load on first use (an element
 * waits for them before it renders), so a page in 简体 never downloads them.
 */
export const MESSAGES: Record<Locale, Partial<Messages>> = { 'zh-CN': {}, 'zh-TW': {}, en: {} };
const namespaces: Namespace[] = [];

/** Adds a set of strings: its zh-CN table now, the other locales' through `loaders` on first use. */
export function registerMessages(zhCNTable: Partial<Messages>, loaders: Partial<Record<Locale, Loader>>): void {
  Object.assign(MESSAGES['zh-CN'], zhCNTable);
  namespaces.push({ loaders, loaded: new Map([['zh-CN', true]]) });
}

/** Loads `locale`'s strings of every registered set; `undefined` when they are all there. */
export function loadLocale(locale: Locale): Promise<void> | undefined {
  const waits: Promise<void>[] = [];
  for (const ns of namespaces) {
    const state = ns.loaded.get(locale);
    if (state === true) continue;
    if (state) waits.push(state);
    else {
      const loading = (ns.loaders[locale]?.() ?? Promise.resolve({}))
        .then((table) => {
          Object.assign(MESSAGES[locale], table);
          ns.loaded.set(locale, true);
        })
        .catch(() => {
          // Offline or a missing chunk: fall back to zh-CN for now, and try again next time.
          ns.loaded.delete(locale);
        });
      ns.loaded.set(locale, loading);
      waits.push(loading);
    }
  }
  return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
}

/** A string in `locale`, falling back to zh-CN while a table is not loaded. */
export function message(locale: Locale, key: MessageKey): string {
  return MESSAGES[locale][key] ?? MESSAGES['zh-CN'][key] ?? key;
}

/** Maps a BCP 47 tag to a supported locale: zh-Hant, zh-HK and zh-TW read Traditional. */
export function toLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('en')) return 'en';
  if (/^zh-(tw|hk|mo|hant)/.test(lower)) return 'zh-TW';
  return 'zh-CN';
}

/** Fills `{name}` placeholders. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

let s2t: Map<string, string> | undefined;
let loading: Promise<void> | undefined;

/** Loads the simplified→traditional table once; resolves when {@link toTraditional} can convert. */
export function loadTraditional(): Promise<void> {
  loading ??= import('./s2t-table.js').then(({ S2T }) => {
    const table = new Map<string, string>();
    const chars = [...S2T];
    for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
    s2t = table;
  });
  return loading;
}

/** Converts simplified text to traditional once the table is loaded; until then returns it as is. */
export function toTraditional(text: string): string {
  if (!s2t) return text;
  let out = '';
  for (const char of text) out += s2t.get(char) ?? char;
  return out;
}

export function traditionalReady(): boolean {
  return s2t !== undefined;
}
