/**
 * The page's title in step with a column that owns the address (`url-state="path"`): what it shows
 * — the entry's title or the item's place and name (told by `<gov-item-view>`'s `gov-heading`),
 * else the section's tab (none on the home) — and the column's own title, as the static pages of
 * `gov-disclosure build --html` title themselves. In the visitor's script (繁體 too). With the
 * other address modes the page is the site's, and so is its title.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GovHeadingEvent } from '../events/index.js';

interface TitledHost extends ReactiveControllerHost, HTMLElement {
  urlState: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class PageTitle implements ReactiveController {
  #heading: string | undefined;

  /** `item` gives the item open, if any (its view tells its heading). */
  constructor(
    private readonly host: TitledHost,
    private readonly item: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('gov-heading', this.#onHeading);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('gov-heading', this.#onHeading);
  }

  hostUpdated(): void {
    this.#write();
  }

  readonly #onHeading = (event: GovHeadingEvent): void => {
    this.#heading = event.detail.heading;
    this.#write();
  };

  #write(): void {
    if (this.host.urlState !== 'path') return;
    const root = this.host.renderRoot;
    const column = root.querySelector('.title')?.textContent?.trim();
    if (!column) return;
    // The item's view names what it shows; a section without one is named by its tab.
    const tab = root.querySelector('[role="tab"][aria-selected="true"]');
    // The home keeps the item read before (to go back to); the catalogue shows it.
    const shown = tab?.id === 'tab-home' ? undefined : tab?.id === 'tab-catalogue' && this.item() ? this.#heading : tab?.textContent?.trim();
    const title = shown && shown !== column ? `${shown} - ${column}` : column;
    if (document.title !== title) document.title = title;
  }
}
