/**
 * `<gov-item-view>`: the element: the item, its path and actions, its entries as a virtual list with
 * their filters and keys, the entry open with its body sanitised (繁體 converted), and the QR code.
 * The elements table is `elements-view.ts`'s, the entry's page `entry-view.ts`'s.
 */
import '../../i18n/core.js';
import { type CatalogueItem, type DisclosureEntry, type Stage } from '@gov-disclosure/sdk';
import { pathOf } from './item-path.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GovDataElement } from '../../base/gov-data-element.js';
import { listMove } from '../../controllers/list-navigation.js';
import { setSafeHTML } from '../../base/sanitize.js';
import { renderResource } from '../../base/states.js';
import { LazyViews } from '../../controllers/later.js';
import { Resource } from '../../controllers/resource.js';
import { VirtualList } from '../../controllers/virtual-list.js';
import { stateStyles, toolbarStyles, tokens } from '../../styles/tokens.js';
import { virtualStyles } from '../../styles/virtual.js';
import '../actions/gov-actions.js';
import { renderElements } from './elements-view.js';
import { EntryPages } from './entry-pages.js';
import { renderList } from './list-view.js';
import { styles } from './item-view.styles.js';

/**
 * @tagname gov-item-view
 * @summary 我要看: one catalogue item, its elements and its entries.
 *
 * @description Heads the item with where it sits (领域 › 一级 › 二级). Shows its elements (要素) as a table: ●/〇 marks, 公开依据, 公开时限, 公开主体,
 * channels, audience, mode and level. Below, its entries newest first, in a virtual list that holds
 * a screenful of rows whether there are 20 or 200,000 (keyboard: arrows, Page Up/Down, Home/End,
 * Enter). An entry opens in place with its metadata, repealed documents marked, the body as
 * sanitised HTML (no script, event handler or `javascript:` URL from data ever runs), attachments,
 * a QR code of the item's address for printed notices, and a print stylesheet.
 *
 * @dependency gov-actions
 * @dependency gov-feedback - loaded when 我要评 is first used
 *
 * @event gov-select - A child of the item was chosen (an item with children, a 一级 item, lists them in place of entries).
 * @event gov-entry-select - An entry was opened, or closed (`detail.entry` undefined).
 * @event gov-action - Re-emitted from the actions bar.
 *
 * @csspart base - The wrapper.
 * @csspart elements - The table of elements.
 * @csspart entries - The scrolling entry list (role="listbox").
 * @csspart print - The button that prints the item (its elements, entries and QR code).
 * @csspart entry - The open entry.
 * @csspart body - The entry's sanitised body.
 * @csspart qr - The QR code.
 * @csspart loading - The skeleton shown while data loads (announced as busy).
 * @csspart error - A localised error with a retry, or the way back when what was asked for is not there.
 * @csspart stale - The notice over data kept from before a refresh that failed, with a retry.
 *
 * @cssproperty --gov-entries-height - Height of the entry list. Default 28rem.
 */
export class GovItemView extends GovDataElement {
  static override styles = [tokens, stateStyles, toolbarStyles, virtualStyles, styles];

  /** The item's id. */
  @property({ reflect: true }) item?: string;
  /** The open entry's id, if one is open. */
  @property({ reflect: true }) entry?: string;
  /**
   * A jurisdiction to name before the item's path (长沙县 › 社会救助 › …): a column sets it when it
   * shows a neighbour's column in place, e.g. an item a city's search found in a county.
   */
  @property() place?: string;
  /** The address the QR code points to; defaults to the page's. */
  @property({ attribute: 'share-url' }) shareUrl?: string;
  /**
   * Hosts images and media in entry bodies may load from, space-separated, beside the data's own
   * and those its bundle lists (`hosts`); any other image becomes a link 查看图片（外部网站）.
   */
  @property({ attribute: 'image-hosts' }) imageHosts?: string;

  @state() private stage: Stage | '' = '';
  @state() private q = '';
  @state() private activeIndex = 0;
  @state() private pagesVersion = 0;
  /** The QR code of the item's address, with the code that draws it (both load after the item). */
  @state() private qr: { size: number; path: string; svg: typeof import('../../base/qr.js').qrSvg } | undefined;
  private get listElement() {
    return this.renderRoot.querySelector<HTMLElement>('[role="listbox"]');
  }
  private get bodyElement() {
    return this.renderRoot.querySelector<HTMLElement>('.body');
  }

  #pages: EntryPages | undefined;
  #qTimer = 0;

  readonly #item = new Resource(
    this,
    ([client, id], signal) => client.item(id, { signal }),
    () => (this.client && this.item ? ([this.client, this.item] as const) : undefined),
  );

  /** Where the item sits: its area's name and its ancestors' (领域 › 一级 › 二级), for the heading. */
  readonly #path = new Resource(
    this,
    ([client, id], signal) => pathOf(client, id, signal),
    () => (this.client && this.item ? ([this.client, this.item] as const) : undefined),
  );
  /** The view of an item's children, loaded when an item with children is first opened. */
  #children: typeof import('./children.js') | undefined;
  /** The entry's page and its styles, loaded with the first entry opened. */
  /** The entry's view, with its styles, loaded when an entry is opened. */
  readonly #views = new LazyViews<{ entry: typeof import('./entry-view.js') }>(this, { entry: () => import('./entry-view.js') });

  /** Hosts besides the data's own that the column lists: images in bodies may load from them. */
  #hosts: string[] | undefined;
  readonly #entry = new Resource(
    this,
    async ([client, id], signal) => {
      const [entry, column] = await Promise.all([client.entry(id, { signal }), client.column({ signal }), this.#views.load('entry')]);
      this.#hosts = column.hosts;
      return entry;
    },
    () => (this.client && this.entry ? ([this.client, this.entry] as const) : undefined),
  );

  readonly #virtual = new VirtualList(this, { count: () => this.#pages?.total ?? 0 });

  override render() {
    return html`<div class="base" part="base">
      ${this.item ? renderResource(this.locale, this.#item, (item) => this.#renderItem(item), { skeletonRows: 6 }) : html`<p class="state">${this.t('chooseItem')}</p>`}
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The client may arrive from the column's context at any time: compare what the list is of.
    const client = this.client;
    const p = this.#pages;
    if (
      client &&
      this.item &&
      (!p || p.client !== client || p.item !== this.item || p.query.stage !== (this.stage || undefined) || p.query.q !== (this.q || undefined))
    )
      this.#openPages();
    if (changed.has('item')) this.qr = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.listElement) this.#virtual.attach(this.listElement);
    // Back from an entry (返回列表, or the browser's Back through the column): the list, at the row
    // it was opened from, with the focus, if the focus went away with the entry.
    if (changed.get('entry') && !this.entry && this.listElement) {
      this.#virtual.scrollToIndex(this.activeIndex);
      if (!document.activeElement || document.activeElement === document.body) this.listElement.focus();
    }
    const entry = this.#entry.value;
    // The body as sanitised HTML; in 繁體 its text nodes converted too (once the table is in: `data` loads it).
    const body = this.bodyElement;
    const script = this.data('体');
    if (body && entry && body.dataset.entry !== entry.id + script + this.imageHosts) {
      body.dataset.entry = entry.id + script + this.imageHosts;
      const hosts = [...(this.#hosts ?? []), ...(this.imageHosts?.split(/\s+/).filter(Boolean) ?? [])];
      setSafeHTML(body, entry.body ?? '', { base: this.#base, hosts, external: this.t('externalImage') });
      for (const text = document.createTreeWalker(body, NodeFilter.SHOW_TEXT); text.nextNode();)
        text.currentNode.nodeValue = this.data(text.currentNode.nodeValue!);
    }
    if ((changed.has('item') || changed.has('shareUrl')) && this.item && !this.qr) {
      const url = this.shareUrl ?? location.href;
      void import('../../base/qr.js').then(async ({ qrPath, qrSvg }) => (this.qr = { ...(await qrPath(url)), svg: qrSvg })).catch(() => undefined);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#pages?.close();
  }

  /**
   * Brings the open entry (or, with none, the item) on screen and moves focus to its heading once
   * it has loaded: what a search result or a shared link opens must be where the eye is.
   * Resolves `false` when it did not load. (Its code loads when first used.)
   */
  async reveal(): Promise<boolean> {
    return (await import('./reveal.js')).reveal(this, this.entry ? '#entry-title' : '.title', () => (this.entry ? this.#entry : this.#item).status === 'error');
  }

  #openPages(): void {
    this.#pages?.close();
    this.activeIndex = 0;
    const pages = new EntryPages(this.client!, this.item!, { stage: this.stage || undefined, q: this.q || undefined }, () => this.pagesVersion++);
    this.#pages = pages;
    void pages.start();
  }

  #renderItem(item: CatalogueItem) {
    return html`
      <header class="head">
        <h2 class="title"><small class="path muted">${this.place ? `${this.data(this.place)} › ` : ''}${this.#path.value?.map((name) => `${this.data(name)} › `)}</small><span class="name">${this.data(item.name)}</span></h2>
        <gov-actions .item=${item} mode=${this.mode}></gov-actions>
        <button class="print-item" part="print" @click=${() => window.print()}>${this.t('print')}</button>
      </header>
      ${
        this.client?.api
          ? html`<gov-feedback kind="rating" hidden mode=${this.mode} api=${this.client.api} item=${item.id} heading=${`${this.t('actionRate')}：${this.data(item.name)}`}></gov-feedback>`
          : nothing
      }
      ${renderElements(item, this.locale)}
      <section class="entries-section" aria-labelledby="entries-heading">
        <h3 id="entries-heading">${this.t('entries')}</h3>
        ${
          this.entry
            ? renderResource(
                this.locale,
                this.#entry,
                (entry) => this.#views.loaded.entry!.renderEntry({ entry, locale: this.locale, base: this.#base, close: () => this.#close() }),
                {
                  back: [`← ${this.t('entryBack')}`, () => this.#close()],
                },
              )
            : item.childCount
              ? this.#renderChildren(item)
              : renderList({
                  pages: this.#pages,
                  virtual: this.#virtual,
                  activeIndex: this.activeIndex,
                  stage: this.stage,
                  q: this.q,
                  locale: this.locale,
                  setStage: (stage) => (this.stage = stage),
                  input: this.#onQuery,
                  keydown: this.#onListKey,
                  open: (entry, index) => this.#open(entry, index),
                  retry: () => this.#openPages(),
                })
        }
      </section>
      <figure class="qr" part="qr" ?hidden=${!this.qr}>
        ${this.qr ? this.qr.svg(this.qr, this.t('qrCaption')) : nothing}
        <figcaption>${this.t('qrCaption')}</figcaption>
      </figure>
    `;
  }

  #renderChildren(item: CatalogueItem) {
    if (this.#children) return this.#children.renderChildren(this, item);
    void import('./children.js').then((module) => ((this.#children = module), this.requestUpdate()));
    return nothing;
  }

  #onQuery = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#qTimer);
    // Typing a word is one query, not one per keystroke.
    this.#qTimer = window.setTimeout(() => (this.q = value.trim()), 250);
  };

  #onListKey = (event: KeyboardEvent): void => {
    const total = this.#pages?.total ?? 0;
    if (!total) return;
    const page = Math.max(1, Math.floor((this.listElement?.clientHeight ?? 400) / this.#virtual.rowHeight) - 1);
    const to = listMove(event.key, this.activeIndex, total, { page });
    if (to !== undefined) {
      event.preventDefault();
      this.activeIndex = to;
      this.#virtual.scrollToIndex(this.activeIndex);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const entry = this.#pages?.at(this.activeIndex);
      if (entry) this.#open(entry, this.activeIndex);
    }
  };

  /** Opens an entry in place; its heading comes on screen with the focus (the row it was chosen from is gone). */
  /** What relative links in the data are relative to: the bundle this element's client reads. */
  get #base(): string | undefined {
    return this.src ?? this.client?.src;
  }

  #open(entry: DisclosureEntry, index: number): void {
    this.activeIndex = index;
    this.entry = entry.id;
    this.emit('gov-entry-select', { item: this.item!, entry: entry.id });
    void this.reveal();
  }

  #close(): void {
    this.entry = undefined;
    this.emit('gov-entry-select', { item: this.item!, entry: undefined });
  }
}
