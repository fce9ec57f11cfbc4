/**
 * An item's elements (公开要素) as the standard lists them: 公开内容 with its required (●) and
 * optional (〇) parts, 依据, 时限, 主体, 渠道和载体, 对象, 方式, 层级, 五公开 and the rest; a table
 * that narrow screens show as a list.
 */
import type { CatalogueItem } from '@gov-disclosure/sdk';
import { html, nothing } from 'lit';
import type { LocaleController } from '../../controllers/locale.js';
import type { MessageKey } from '../../i18n/index.js';

export function renderElements(item: CatalogueItem, locale: Pick<LocaleController, 't' | 'data'>) {
  const t: LocaleController['t'] = (key, params) => locale.t(key, params);
  const data = (text: string | undefined) => locale.data(text);
  const join = t('listJoin');
  const list = <T extends string>(values: readonly T[] | undefined, prefix: string) =>
    values?.length ? values.map((v) => t(`${prefix}_${v}` as MessageKey)).join(join) : undefined;
  const deadline = item.deadline
    ? `${data(item.deadline.text)}${item.deadline.days ? t('deadlineParsed', { days: item.deadline.days, unit: t(item.deadline.unit === 'calendar' ? 'calendarDays' : 'workingDays') }) : ''}`
    : undefined;
  const channels =
    [
      list(
        item.channels?.filter((c) => c !== 'other'),
        'channel',
      ),
      item.otherChannels ? `${t('channel_other')}：${data(item.otherChannels)}` : undefined,
    ]
      .filter(Boolean)
      .join(join) || undefined;
  const rows: [MessageKey, unknown][] = [
    [
      'elementContent',
      item.elements?.length
        ? html`<ul class="marks">${item.elements.map((e) => html`<li><span aria-hidden="true">${e.required ? '●' : '〇'}</span>${data(e.name)}<span class="visually-hidden">（${t(e.required ? 'required' : 'optional')}）</span></li>`)}</ul>
            <p class="legend muted" aria-hidden="true">● ${t('required')}　〇 ${t('optional')}</p>`
        : undefined,
    ],
    ['elementBasis', data(item.basis) || undefined],
    ['elementDeadline', deadline],
    ['elementResponsible', data(item.responsible) || undefined],
    ['elementChannels', channels],
    ['elementAudience', list(item.audience, 'audience')],
    ['elementMode', list(item.mode, 'mode')],
    ['elementLevel', list(item.levels, 'tier')],
    ['elementStage', list(item.stages, 'stage')],
    ['elementType', data(item.itemType) || undefined],
    ['elementContentTitle', data(item.contentTitle) || undefined],
    ['elementDuration', data(item.duration) || undefined],
  ];
  const shown = rows.filter(([, value]) => value !== undefined);
  if (!shown.length) return nothing;
  return html`<table class="elements" part="elements">
    <caption class="visually-hidden">${t('element')}</caption>
    <tbody>
      ${shown.map(([key, value]) => html`<tr><th scope="row">${t(key)}</th><td>${value}</td></tr>`)}
    </tbody>
  </table>`;
}
