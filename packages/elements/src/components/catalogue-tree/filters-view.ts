/**
 * The catalogue tree's filter bar: a text filter, 五公开 stage, 公开对象, 公开方式 and 公开层级, and
 * expand / collapse all.
 */
import { AUDIENCE_IDS, DISCLOSURE_MODE_IDS, LEVEL_IDS, STAGE_IDS } from '@gov-disclosure/sdk';
import { html } from 'lit';
import type { LocaleController } from '../../controllers/locale.js';
import type { TreeFilter } from './tree-model.js';

export interface FiltersView {
  filter: TreeFilter;
  t: LocaleController['t'];
  set: (key: keyof TreeFilter, value: string) => void;
  expandAll: () => void;
  collapseAll: () => void;
}

export function renderFilters(v: FiltersView) {
  const { filter: f, t } = v;
  const select = (key: keyof Omit<TreeFilter, 'text'>, label: string, values: readonly string[], prefix: string) => html`
    <label>
      <span>${label}</span>
      <select .value=${f[key] ?? ''} @change=${(e: Event) => v.set(key, (e.target as HTMLSelectElement).value)}>
        <option value="">${t('filterAll')}</option>
        ${values.map((value) => html`<option value=${value} ?selected=${f[key] === value}>${t(`${prefix}_${value}` as never)}</option>`)}
      </select>
    </label>`;
  return html`<div class="filters toolbar" part="filters" role="group" aria-label=${t('treeFilter')}>
    <label class="grow">
      <span>${t('treeFilter')}</span>
      <input type="search" .value=${f.text ?? ''} placeholder=${t('treeFilterPlaceholder')} @input=${(e: Event) => v.set('text', (e.target as HTMLInputElement).value)} />
    </label>
    ${select('stage', t('filterStage'), STAGE_IDS, 'stage')} ${select('audience', t('filterAudience'), AUDIENCE_IDS, 'audience')}
    ${select('mode', t('filterMode'), DISCLOSURE_MODE_IDS, 'mode')} ${select('level', t('filterLevel'), LEVEL_IDS, 'tier')}
    <span class="buttons">
      <button @click=${v.expandAll}>${t('expandAll')}</button>
      <button @click=${v.collapseAll}>${t('collapseAll')}</button>
    </span>
  </div>`;
}
