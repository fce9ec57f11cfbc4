/**
 * The visitor's settings of the column — font size, 关怀模式, 简/繁/English — as controls in the
 * column's header, and kept on the visitor's device (localStorage, per site): they belong to the
 * device, not to a link.
 */
import { html } from 'lit';
import type { LocaleController } from '../../controllers/locale.js';

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

export interface SettingsView extends Required<Pick<Settings, 'mode' | 'font'>> {
  lang: string;
  t: LocaleController['t'];
  /** A setting was changed by the visitor. */
  change: (change: Settings) => void;
}

export function renderSettings(v: SettingsView) {
  const { t } = v;
  return html`<div class="settings">
    <div class="font" role="group" aria-label=${t('fontSize')}>
      <span aria-hidden="true">${t('fontSize')}</span>
      ${(['large', 'medium', 'small'] as const).map(
        (size) => html`<button aria-pressed=${String(v.font === size)} @click=${() => v.change({ font: size })}>
          ${t(size === 'large' ? 'fontLarge' : size === 'medium' ? 'fontMedium' : 'fontSmall')}
        </button>`,
      )}
    </div>
    <button aria-pressed=${String(v.mode === 'elderly')} @click=${() => v.change({ mode: v.mode === 'elderly' ? 'standard' : 'elderly' })}>${t('elderlyMode')}</button>
    <label class="lang">
      <span class="visually-hidden">${t('language')}</span>
      <select @change=${(e: Event) => v.change({ lang: (e.target as HTMLSelectElement).value })}>
        <option value="zh-CN" ?selected=${v.lang === 'zh-CN'} lang="zh-CN">简体</option>
        <option value="zh-TW" ?selected=${v.lang === 'zh-TW'} lang="zh-TW">繁體</option>
        <option value="en" ?selected=${v.lang === 'en'} lang="en">English</option>
      </select>
    </label>
  </div>`;
}
