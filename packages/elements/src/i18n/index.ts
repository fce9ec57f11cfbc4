import { en } from './en.js';
import { zhCN, type MessageKey, type Messages } from './zh-CN.js';
import { zhTW } from './zh-TW.js';

export type { MessageKey, Messages };

/** The locales the elements speak; zh-CN is the default. */
export type Locale = 'zh-CN' | 'zh-TW' | 'en';

export const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

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
