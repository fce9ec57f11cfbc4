import '../../i18n/core.js';
import { isSafeUrl, type CatalogueItem } from '@gov-disclosure/sdk';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { GovElement } from '../../base/gov-element.js';
import type { GovActionName } from '../../events/index.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './actions.styles.js';
import type { GovFeedback } from '../feedback/feedback.js';
import { onKiosk } from '../../base/kiosk.js';

/**
 * @tagname gov-actions
 * @summary The four actions on a catalogue item: 我要看 / 我要办 / 我要查 / 我要评.
 *
 * @description 我要办 opens the item's service on the government-service platform in one click
 * (a new window); where the item has no online service it says so instead of showing a dead
 * button. On a kiosk (`<meta name="gov-disclosure" content="kiosk">` on the page) it opens no
 * window: it shows a QR code of the service, to continue on the citizen's phone. 我要评 opens the `<gov-feedback>` on the page for the item; every action is also
 * announced with a cancelable `gov-action` event.
 *
 * @event gov-action - An action was used; `detail.action` is `view`, `do`, `search` or `rate`. Cancel it to do something else instead (for `do`, the link is not followed).
 *
 * @csspart base - The wrapper.
 * @csspart action - Each action button or link.
 * @csspart no-service - The note shown instead of 我要办 when there is no online service.
 */
export class GovActions extends GovElement {
  static override styles = [tokens, styles];

  /** The item the actions are for. */
  @property({ attribute: false }) item?: CatalogueItem;

  override render() {
    const item = this.item;
    if (!item) return nothing;
    const service = item.service && isSafeUrl(item.service.url) && /^https?:/i.test(item.service.url) ? item.service : undefined;
    const name = this.data(item.service?.name ?? item.name);
    return html`<div class="base" part="base" role="group" aria-label=${this.t('actions')}>
      <button class="action" part="action" @click=${() => this.#act('view')}>${this.t('actionView')}</button>
      ${
        service
          ? html`<a class="action do" part="action" href=${service.url} target="_blank" rel="noopener noreferrer" title=${this.t('actionDoHint', { name })} aria-label=${`${this.t('actionDo')}：${this.t('actionDoHint', { name })}`} @click=${(event: Event) => this.#act('do', event, service.url, name)}>${this.t('actionDo')}</a>`
          : html`<span class="no-service" part="no-service" role="note"><strong>${this.t('actionDo')}</strong>：${this.t('actionNoService')}</span>`
      }
      <button class="action" part="action" @click=${() => this.#act('search')}>${this.t('actionSearch')}</button>
      <button class="action" part="action" @click=${() => this.#act('rate')}>${this.t('actionRate')}</button>
    </div>`;
  }

  #act(action: GovActionName, event?: Event, url?: string, name?: string): void {
    const item = this.item!;
    const proceed = this.emit('gov-action', { action, item }, { cancelable: true });
    if (!proceed || (url && onKiosk())) {
      // Cancelled, or on a kiosk: no new window; a kiosk offers the service as a QR code instead.
      event?.preventDefault();
      if (proceed)
        void import('./kiosk-qr.js').then((kiosk) => kiosk.offerQr(this.renderRoot as ShadowRoot, (key, params) => this.t(key, params), url!, name!));
    } else if (action === 'rate') void this.#openFeedback(item);
  }

  /**
   * Finds a `<gov-feedback>` on the page (or in the column around us) and opens it for the item.
   * The element's code is loaded then, so that pages that never rate do not download it.
   */
  async #openFeedback(item: CatalogueItem): Promise<void> {
    await import('../feedback/gov-feedback.js');
    // The nearest first: the item view's own rating form before the column's, before the page's.
    const roots: (Document | ShadowRoot)[] = [];
    for (let node: Node = this; node.getRootNode() !== document; node = (node.getRootNode() as ShadowRoot).host) roots.push(node.getRootNode() as ShadowRoot);
    roots.push(document);
    const feedback =
      roots.map((root) => root.querySelector<GovFeedback>('gov-feedback[kind="rating"]')).find(Boolean) ??
      roots.map((root) => root.querySelector('gov-feedback')).find(Boolean);
    if (!feedback) return;
    feedback.target = { ...feedback.target, item: item.id };
    feedback.open();
    feedback.scrollIntoView({ block: 'nearest' });
    feedback.focus();
  }
}
