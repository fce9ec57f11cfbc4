/**
 * The column's landing view (首页), its first screen: the four actions as large entry points, the
 * latest disclosures with their dates, the areas as tiles with their counts (不涉及 marked), the
 * 依申请公开 entry and the map. Loaded with its styles when the column first shows it.
 */
import '../../i18n/sections.js';
import { isSafeUrl, type Area, type ColumnInfo, type LatestDigest } from '@gov-disclosure/sdk';
import { css, html, nothing } from 'lit';
import { onKiosk } from '../../base/kiosk.js';
import { inPlace } from '../../base/plain-click.js';
import { resolveUrl } from '../../base/states.js';
import type { Resource } from '../../controllers/resource.js';
import type { MessageKey } from '../../i18n/index.js';

export interface HomeView {
  column: ColumnInfo | undefined;
  areas: Area[] | undefined;
  /** The digest of the latest disclosures; when it cannot be read (an API without it, say), the list says there is none. */
  latest: Pick<Resource<LatestDigest, readonly unknown[]>, 'value' | 'status'>;
  src: string | undefined;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  data: (text: string | undefined) => string;
  /** The column's own address of an item (and entry), for links that also work opened in a new tab. */
  href: (item: string, entry?: string) => string;
  /** Moves the column to a section (and item, entry, or area of the catalogue). */
  go: (to: {
    section: 'catalogue' | 'map' | 'policies';
    item?: string | undefined;
    entry?: string | undefined;
    area?: string;
    policy?: string | undefined;
  }) => void;
  /** The column's shadow root, with its search box and page feedback. */
  root: HTMLElement | DocumentFragment;
}

/** How many of the newest disclosures the home lists. */
const LATEST = 8;

export function renderHome(v: HomeView) {
  const { t } = v;
  // An area tile (or 我要看) opens the catalogue there, not at the item read before (the address would keep it).
  const openCatalogue = (area?: string) => v.go({ section: 'catalogue', area, item: undefined, entry: undefined });
  const focusSearch = () => v.root.querySelector<HTMLElement>('gov-search')?.focus();
  // Without a page of its own, 我要评 goes to the column's "本页内容对您有帮助吗" (it has one with an `api`).
  const pageFeedback = v.root.querySelector<HTMLElement>('.page-feedback');
  const rate = () => {
    pageFeedback?.scrollIntoView({ block: 'start' });
    pageFeedback?.focus();
  };
  const links = v.column?.links ?? {};
  const link = (url: string | undefined) => (url && isSafeUrl(url) ? resolveUrl(url, v.src) : undefined);
  const services = link(links.services);
  const interaction = link(links.interaction);
  const request = link(links.request);
  const areaName = new Map(v.areas?.map((a) => [a.id, a.name]));
  const digest = v.latest.value ?? (v.latest.status === 'error' ? null : undefined);
  const latest = digest?.entries.slice(0, LATEST) ?? [];
  // On a kiosk, a link to another page would leave the kiosk: it offers a QR code to go on with on a phone.
  const kiosk = onKiosk();
  const qr = (url: string, label: MessageKey) => () =>
    void import('../actions/kiosk-qr.js').then((k) => k.offerQr(v.root as ShadowRoot, t as never, new URL(url, location.href).href, t(label)));
  const action = (label: MessageKey, hint: MessageKey, go: string | (() => void)) =>
    typeof go === 'string' && !kiosk
      ? html`<li><a class="action" href=${go}><strong>${t(label)}</strong><span>${t(hint)}</span></a></li>`
      : html`<li><button class="action" @click=${typeof go === 'string' ? qr(go, label) : go}><strong>${t(label)}</strong><span>${t(hint)}</span></button></li>`;
  return html`<div class="home">
    <nav aria-label=${t('homeActions')}>
      <ul class="actions">
        ${action('actionView', 'homeViewHint', () => openCatalogue())}
        ${action('actionDo', 'homeDoHint', services ?? (() => openCatalogue()))}
        ${action('actionSearch', 'homeSearchHint', focusSearch)}
        ${interaction ? action('actionRate', 'homeRateHint', interaction) : pageFeedback ? action('actionRate', 'homeRateHint', rate) : nothing}
      </ul>
    </nav>
    <div class="overview">
    <section class="latest" aria-labelledby="home-latest">
      <h2 id="home-latest">${t('homeLatest')}</h2>
      ${
        digest === undefined
          ? html`<p class="state" role="status" aria-busy="true">${t('loading')}</p>`
          : latest.length
            ? html`<ol>
              ${latest.map(
                (e) => html`<li>
                  <a href=${v.href(e.item, e.id)} @click=${(event: MouseEvent) => inPlace(event, () => v.go({ section: 'catalogue', item: e.item, entry: e.id }))}>${v.data(e.title)}</a>
                  <span class="meta"><time datetime=${e.publishedAt}>${e.publishedAt}</time>${areaName.has(e.area) ? html`<span aria-hidden="true">·</span><span>${v.data(areaName.get(e.area))}</span>` : nothing}</span>
                </li>`,
              )}
            </ol>`
            : html`<p class="state">${t('homeLatestNone')}</p>`
      }
    </section>
    <section class="areas" aria-labelledby="home-areas">
      <h2 id="home-areas">${t('homeAreas')}</h2>
      ${
        v.areas
          ? html`<ul>
            ${v.areas.map((a) =>
              a.applicable === false
                ? html`<li><span class="tile none"><strong>${v.data(a.name)}</strong><span>${t('homeNotApplicable')}</span></span></li>`
                : html`<li>
                    <button class="tile" @click=${() => openCatalogue(a.id)}>
                      <strong>${v.data(a.name)}</strong>
                      <span>${t('homeAreaCount', { items: a.itemCount ?? 0, entries: a.entryCount ?? 0 })}</span>
                    </button>
                  </li>`,
            )}
          </ul>`
          : html`<p class="state" role="status" aria-busy="true">${t('loading')}</p>`
      }
    </section>
    </div>
    <ul class="more">
      ${request ? action('homeRequest', 'homeRequestHint', request) : nothing}
      ${v.column?.jurisdictions?.length ? html`<li><button class="action" @click=${() => v.go({ section: 'map' })}><strong>${t('map')}</strong><span>${t('homeMapHint')}</span></button></li>` : nothing}
    </ul>
  </div>`;
}

export const styles = css`
  .home {
    display: grid;
    gap: 1.5em;
    margin-top: 1em;
    container-type: inline-size;
  }
  .home h2 {
    font-size: var(--_font-size-large);
    margin: 0 0 0.5em;
  }
  .home ul,
  .home ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* The four actions two by two on a phone, so that all four are on its first screen; in a row when there is room. */
  .actions {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.5em;
  }
  @container (min-width: 40rem) {
    .actions {
      grid-template-columns: repeat(4, minmax(0, 1fr));
      gap: 0.75em;
    }
  }
  /* Two by two, an action is its name (the standard's words); its hint is still read out. */
  @container (max-width: 39.99rem) {
    .actions .action {
      justify-content: center;
      padding-block: 0.3em;
    }
    .actions .action span {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  .more {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: 0.75em;
  }
  .action,
  .tile {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    align-items: flex-start;
    width: 100%;
    height: 100%;
    min-height: var(--_target);
    padding: 0.75em 1em;
    border: 1px solid var(--gov-color-border, #8c8c8c);
    border-radius: var(--gov-radius, 4px);
    background: var(--gov-color-surface, #fff);
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  .action strong {
    color: var(--gov-color-primary, #b3261e);
    font-size: var(--_font-size-large);
  }
  .action span,
  .tile span {
    color: var(--gov-color-muted, #595959);
    font-size: var(--_font-size-small);
  }
  @media (hover: hover) {
    .action:hover,
    .tile:hover {
      border-color: var(--gov-color-primary, #b3261e);
    }
  }
  /* On a wide screen the latest disclosures and the areas side by side: both on the first screen. */
  .overview {
    display: grid;
    gap: 1.5em;
  }
  @container (min-width: 56rem) {
    .overview {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
  .latest li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--gov-color-border-subtle, #e6e6e6);
    overflow-wrap: anywhere;
  }
  .latest a {
    display: inline-block;
    min-height: var(--_target);
    flex: 1 1 16em;
  }
  .latest .meta {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 0.35em;
    color: var(--gov-color-muted, #595959);
    font-size: var(--_font-size-small);
  }
  .areas ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: 0.5em;
  }
  .tile.none {
    cursor: default;
    border-style: dashed;
    color: var(--gov-color-muted, #595959);
  }
`;
