/**
 * The page's title in step with a column that owns the address (`url-state="path"`): what it shows
 * — the open entry's title, or the item's place and name, as `<gov-item-view>` heads them; an
 * area's or a policy's name, which their views head with `.page-title` — else the section's tab
 * (none on the home), and the column's own title, as the static pages of
 * `gov-disclosure build --html` title themselves; in the visitor's script (繁體 too). With the
 * other address modes the page is the site's, and so is its title (a column loads this in path
 * mode only).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

interface TitledHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class PageTitle implements ReactiveController {
  /** The item view watched: its heading changes as its item and entry load. */
  #view: Element | null = null;
  readonly #observer = new MutationObserver(() => this.#write());

  /** `item` gives the item open, if any. */
  constructor(
    private readonly host: TitledHost,
    private readonly item: () => string | undefined,
  ) {
    host.addController(this);
    host.requestUpdate();
  }

  hostUpdated(): void {
    const view = this.host.renderRoot.querySelector('gov-item-view');
    if (view !== this.#view) {
      this.#observer.disconnect();
      this.#view = view;
      if (view?.shadowRoot) this.#observer.observe(view.shadowRoot, { subtree: true, childList: true, characterData: true });
    }
    this.#write();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    this.#view = null;
  }

  #write(): void {
    const root = this.host.renderRoot;
    const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
    const column = text(root.querySelector('.title'));
    if (!column) return;
    const tab = root.querySelector('[role="tab"][aria-selected="true"]');
    const view = this.#view?.shadowRoot;
    // The home keeps the item read before (to go back to); the catalogue shows it.
    const shown =
      tab?.id === 'tab-home'
        ? undefined
        : tab?.id === 'tab-catalogue' && this.item()
          ? text(view?.querySelector('#entry-title') ?? view?.querySelector('.title'))
          : (text(root.querySelector('[role="tabpanel"] .page-title')) ?? text(tab));
    const title = shown && shown !== column ? `${shown} - ${column}` : column;
    if (document.title !== title) document.title = title;
  }
}
