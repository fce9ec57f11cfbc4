import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { cssProps } from '../base/css-props.js';

/**
 * Browsers cap an element's height (Chromium near 33.5M px, and @lit-labs/virtualizer stops at
 * 8.2M): past this many pixels the list scales its scrolling, so that row 200,000 is still
 * reachable by the scrollbar and by keyboard.
 */
const MAX_PHYSICAL = 4_000_000;

export interface VirtualListOptions {
  /** How many rows there are. */
  count: () => number;
  /** Rows rendered beyond the viewport, each side. Default 6. */
  overscan?: number;
}

/**
 * Windowing for long lists of equal-height rows: the host renders a scrolling viewport with a
 * spacer of `physicalHeight` and, inside it, rows `start` to `end` translated by `offset`. Rows are
 * as tall as a touch target (`--gov-target-size` × `--gov-font-scale`), so they grow in elderly
 * mode, times `--_row-lines` where the host gives its rows more (a phone's wrapped titles). The DOM holds a screenful of rows, whatever the count.
 */
export class VirtualList implements ReactiveController {
  start = 0;
  end = 0;
  offset = 0;
  physicalHeight = 0;
  rowHeight = 40;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: Required<VirtualListOptions>;
  #viewport: HTMLElement | undefined;
  #viewportHeight = 0;
  #resize: ResizeObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: VirtualListOptions) {
    this.#host = host;
    this.#options = { overscan: 6, ...options };
    host.addController(this);
  }

  /** Call with the scrolling element once it is rendered. */
  attach(viewport: HTMLElement): void {
    if (this.#viewport === viewport) return;
    this.#viewport = viewport;
    this.#resize?.disconnect();
    // The new window is drawn in the next frame, not inside the observer's callback: a render that
    // changes the viewport's size again there is a "ResizeObserver loop" error (Firefox reports it).
    this.#resize = new ResizeObserver(() => {
      const height = viewport.clientHeight;
      if (height === this.#viewportHeight) return;
      this.#viewportHeight = height;
      requestAnimationFrame(() => this.#host.requestUpdate());
    });
    this.#resize.observe(viewport);
    viewport.addEventListener('scroll', () => this.#onScroll(), { passive: true });
    this.#viewportHeight = viewport.clientHeight;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#viewport = undefined;
  }

  /** Computes the window; runs before every render of the host. */
  hostUpdate(): void {
    // Custom properties compute to their text (no calc), so the product is taken here.
    const style = getComputedStyle(this.#host);
    const height =
      parseFloat(style.getPropertyValue('--_target')) *
      (parseFloat(style.getPropertyValue('--_font-scale')) || 1) *
      (parseFloat(style.getPropertyValue('--_row-lines')) || 1);
    if (height > 0) this.rowHeight = Math.round(height);
    const count = this.#options.count();
    const virtualHeight = count * this.rowHeight;
    this.physicalHeight = Math.min(virtualHeight, MAX_PHYSICAL);
    const viewportHeight = this.#viewportHeight || 600;
    const scrollTop = this.#viewport?.scrollTop ?? 0;
    const virtualTop = scrollTop * this.#ratio(virtualHeight, viewportHeight);
    const first = Math.min(Math.max(0, count - 1), Math.floor(virtualTop / this.rowHeight));
    const visible = Math.ceil(viewportHeight / this.rowHeight) + 1;
    this.start = Math.max(0, first - this.#options.overscan);
    this.end = Math.min(count, first + visible + this.#options.overscan);
    this.offset = scrollTop - (virtualTop - first * this.rowHeight) - (first - this.start) * this.rowHeight;
  }

  /** The spacer and the translated window holding `rows` (rows `start` to `end`), for inside the viewport. */
  renderWindow(rows: unknown): TemplateResult {
    return html`<div class="spacer" role="none" ${cssProps({ height: `${this.physicalHeight}px` })}>
      <div class="window" role="none" ${cssProps({ transform: `translateY(${this.offset}px)` })}>${rows}</div>
    </div>`;
  }

  /**
   * Scrolls so that row `index` is in view: just enough (`nearest`, for keyboard navigation), or
   * into the middle (`center`, for a deep link or a search result).
   */
  scrollToIndex(index: number, align: 'nearest' | 'center' = 'nearest'): void {
    const viewport = this.#viewport;
    if (!viewport) return;
    const count = this.#options.count();
    const viewportHeight = viewport.clientHeight || 600;
    const virtualHeight = count * this.rowHeight;
    const ratio = this.#ratio(virtualHeight, viewportHeight);
    const virtualTop = viewport.scrollTop * ratio;
    const top = index * this.rowHeight;
    let target = virtualTop;
    if (align === 'center') target = Math.max(0, top - (viewportHeight - this.rowHeight) / 2);
    else if (top < virtualTop) target = top;
    else if (top + this.rowHeight > virtualTop + viewportHeight) target = top + this.rowHeight - viewportHeight;
    if (target !== virtualTop) {
      viewport.scrollTop = target / ratio;
      this.#host.requestUpdate();
    }
  }

  #ratio(virtualHeight: number, viewportHeight: number): number {
    const physical = Math.min(virtualHeight, MAX_PHYSICAL);
    if (virtualHeight <= MAX_PHYSICAL || physical <= viewportHeight) return 1;
    return (virtualHeight - viewportHeight) / (physical - viewportHeight);
  }

  #onScroll(): void {
    // Browsers fire scroll once per frame already, and Lit batches updates.
    this.#host.requestUpdate();
  }
}
