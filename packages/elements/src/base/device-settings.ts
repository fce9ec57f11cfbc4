/**
 * The visitor's settings kept on their device, per site (localStorage): 关怀模式, font size and
 * language, chosen in the column's header. They belong to the device, not to a link: the column
 * and the forms standing on the site's other pages follow them.
 */
export const FONT_SCALES = { small: 0.9, medium: 1, large: 1.2 } as const;
export type FontSize = keyof typeof FONT_SCALES;

export interface Settings {
  mode?: 'standard' | 'elderly' | undefined;
  font?: FontSize | undefined;
  lang?: string | undefined;
}

/** Where the visitor's settings are kept, per site, on their device. */
const KEY = 'gov-disclosure-settings';

/** The settings kept on this device (none when storage is off: a private window, a sandboxed frame). */
export function loadSettings(): Settings {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY)!) as Record<string, string> | null;
    return {
      mode: saved?.mode === 'elderly' || saved?.mode === 'standard' ? saved.mode : undefined,
      font: saved?.font && saved.font in FONT_SCALES ? (saved.font as FontSize) : undefined,
      lang: saved?.lang || undefined,
    };
  } catch {
    return {};
  }
}

/** Keeps the settings on the device, or forgets them (`undefined`, as a kiosk's reset does). */
export function storeSettings(settings: Settings | undefined): void {
  try {
    if (settings) localStorage.setItem(KEY, JSON.stringify(settings));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage off: the choice holds for this page.
  }
}

/**
 * Applies the device's settings to an element standing on its own (not inside a column, which
 * hands down its own): its mode, its text size, its language.
 */
export function followDeviceSettings(el: HTMLElement & { mode: 'standard' | 'elderly' }): void {
  if (!(el.getRootNode() instanceof Document)) return;
  const saved = loadSettings();
  if (saved.mode) el.mode = saved.mode;
  if (saved.font) el.style.setProperty('--gov-font-scale', String(FONT_SCALES[saved.font]));
  if (saved.lang) el.setAttribute('lang', saved.lang);
}
