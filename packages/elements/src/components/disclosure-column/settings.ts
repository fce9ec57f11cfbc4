/**
 * The visitor's settings of the column — font size, 关怀模式, 简/繁/English — as controls in the
 * column's header; `base/device-settings.ts` keeps them on the visitor's device.
 */
import { html } from 'lit';
import type { Settings } from '../../base/device-settings.js';
import type { LocaleController } from '../../controllers/locale.js';

export { FONT_SCALES, loadSettings, storeSettings, type FontSize, type Settings } from '../../base/device-settings.js';

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
