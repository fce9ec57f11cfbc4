/**
 * What the tests of <gov-item-view> share (packages/elements/src/components/item-view/*.test.ts): an
 * item view of the demo bundle, waited for until it shows its item.
 */
import { fixture, html } from '@open-wc/testing';
import type { DisclosureClient } from '@gov-disclosure/sdk';
import { $, demoClient, until } from './elements.js';
import type { GovItemView } from '../../packages/elements/src/components/item-view/item-view.js';

/** An item view of `item`, through `client` (a fresh one on the demo bundle), once its title shows. */
export async function view(item: string, client: DisclosureClient = demoClient()): Promise<GovItemView> {
  const el = await fixture<GovItemView>(html`<gov-item-view .client=${client} item=${item}></gov-item-view>`);
  await until(() => $(el, '.title'), 5000, 'item');
  return el;
}
