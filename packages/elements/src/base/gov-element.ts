import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale.js';
import type { GovEventDetails } from '../events/index.js';
import type { MessageKey } from '../i18n/index.js';

/**
 * What every gov-disclosure element shares (templates set styles with `cssProps`, through the
 * CSSOM, never as `style` attributes: a strict CSP with `style-src 'self'` blocks those): a typed `emit`, a `define` that tolerates a second
 * registration (two CMS widgets loading the library on one page is normal), the locale, and the
 * `mode` attribute (`standard` or `elderly`).
 */
export class GovElement extends LitElement {
  /**
   * Registers the element under `name`, unless the name is taken already (by this class, or by
   * another copy of the library loaded on the same page, which then keeps working).
   */
  static define(name: string): void {
    if (!customElements.get(name)) customElements.define(name, this);
  }

  /** `standard` or `elderly` (适老化: larger text, 60 px targets, stronger contrast). */
  @property({ reflect: true }) mode: 'standard' | 'elderly' = 'standard';

  /** The element's locale: its own `lang`, else its column's, else the page's. */
  readonly locale = new LocaleController(this);

  /** Renders once the locale's strings are loaded (zh-TW and English load on first use). */
  protected override async scheduleUpdate(): Promise<void> {
    const loading = this.locale.load();
    if (loading) await loading;
    super.scheduleUpdate();
  }

  /** An interface string in the element's locale. */
  protected t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.locale.t(key, params);
  }

  /** Published text in the element's script (traditional characters in zh-TW). */
  protected data(text: string | undefined): string {
    return this.locale.data(text);
  }

  /** Dispatches a typed event that bubbles out of shadow roots. Returns false when cancelled. */
  emit<K extends keyof GovEventDetails>(name: K, detail: GovEventDetails[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }

  /** `lang` is observed so that the element re-renders when it changes. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }
}
