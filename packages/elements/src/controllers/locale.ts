import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeContext } from '../context.js';
import { format, loadLocale, loadTraditional, message, toLocale, toTraditional, traditionalReady, type Locale, type MessageKey } from '../i18n/index.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the document's `lang`, shared by every element.
const watchers = new Set<Host>();
let observer: MutationObserver | undefined;
function watchDocument(host: Host, on: boolean): void {
  if (on) watchers.add(host);
  else watchers.delete(host);
  if (watchers.size && !observer) {
    observer = new MutationObserver(() => watchers.forEach((h) => h.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  } else if (!watchers.size && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/** The nearest `lang` above an element, crossing shadow roots. */
function inheritedLang(element: Element): string | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * The element's locale: its own `lang`, else its column's, else the nearest `lang` above it, else
 * zh-CN. Gives `t()` for interface strings and `data()` for published text, which it converts to
 * traditional characters in zh-TW (the table loads on first use).
 */
export class LocaleController implements ReactiveController {
  readonly #host: Host;
  readonly #column: ContextConsumer<{ __context__: Locale | undefined }, Host>;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
    this.#column = new ContextConsumer(host, { context: localeContext, subscribe: true });
  }

  hostConnected(): void {
    watchDocument(this.#host, true);
  }

  hostDisconnected(): void {
    watchDocument(this.#host, false);
  }

  get locale(): Locale {
    const own = this.#host.getAttribute('lang');
    return toLocale(own || this.#column.value || inheritedLang(this.#host) || 'zh-CN');
  }

  /** Loads the locale's strings when they are not there yet (the element waits before rendering). */
  load(): Promise<void> | undefined {
    return loadLocale(this.locale);
  }

  /** An interface string in the element's locale (bound to this controller: it can be destructured and passed on). */
  readonly t = (key: MessageKey, params?: Record<string, string | number>): string => format(message(this.locale, key), params);

  /** Published text (names, titles) in the element's script: converted to traditional in zh-TW. */
  data(text: string | undefined): string {
    if (!text) return '';
    if (this.locale !== 'zh-TW') return text;
    if (!traditionalReady()) void loadTraditional().then(() => this.#host.requestUpdate());
    return toTraditional(text);
  }
}
