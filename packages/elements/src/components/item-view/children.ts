/**
 * The children of an item that has them (a 一级 item's 二级 items), each with its entry count, in
 * place of the entry list: the entries are published under the children. Loaded the first time
 * such an item is opened.
 */
import type { CatalogueItem, DisclosureClient } from '@gov-disclosure/sdk';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import { renderError } from '../../base/states.js';
import type { GovItemView } from './item-view.js';

/** The children being read, by client and item, so that a render does not read them again. */
const reads = new WeakMap<DisclosureClient, Map<string, Promise<CatalogueItem[]>>>();

/** The children of `item` as buttons; choosing one emits `gov-select` from the item view. */
export function renderChildren(host: GovItemView, item: CatalogueItem) {
  const { client, locale } = host;
  if (!client) return html``;
  const byItem = reads.get(client) ?? new Map<string, Promise<CatalogueItem[]>>();
  reads.set(client, byItem);
  let read = byItem.get(item.id);
  if (!read) {
    read = client.items(item.area, item.id);
    byItem.set(item.id, read);
    // A failed read is tried again when the citizen asks.
    read.catch(() => byItem.delete(item.id));
  }
  return until(
    read.then(
      (children) => html`<div class="children">
        ${children.map(
          (child) => html`<p>
            <button @click=${() => host.emit('gov-select', { item: child })}>${locale.data(child.name)}（${locale.t('entriesTotal', { count: child.entryCount ?? 0 })}）</button>
          </p>`,
        )}
      </div>`,
      (error: unknown) => renderError(locale, error, () => host.requestUpdate()),
    ),
    html`<p class="state" role="status" aria-busy="true">${locale.t('loading')}</p>`,
  );
}
