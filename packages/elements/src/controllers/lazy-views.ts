/**
 * Views an element loads on demand (code split from its first screen), each bringing its own
 * styles: when one arrives its `styles` are adopted beside the element's own and the element
 * renders again. Loading twice is loading once.
 */
import { adoptStyles, type CSSResultOrNative, type ReactiveElement } from 'lit';

/** A view module: its render functions, and the styles they need. */
export interface LazyView {
  styles: CSSResultOrNative;
}

type Loaders<V> = { [K in keyof V]: () => Promise<V[K]> };

export class LazyViews<V extends Record<string, LazyView>> {
  /** The views that have arrived. */
  readonly loaded: Partial<V> = {};
  readonly #loading = new Map<keyof V, Promise<unknown>>();

  constructor(
    private readonly host: ReactiveElement,
    private readonly loaders: Loaders<V>,
  ) {}

  /** The view `name`, loading it (once) if it has not arrived. */
  load<K extends keyof V>(name: K): Promise<V[K]> {
    const loaded = this.loaded[name];
    if (loaded) return Promise.resolve(loaded as V[K]);
    let loading = this.#loading.get(name) as Promise<V[K]> | undefined;
    if (!loading) {
      loading = this.loaders[name]().then((view) => {
        this.loaded[name] = view;
        const own = (this.host.constructor as typeof ReactiveElement).elementStyles;
        adoptStyles(this.host.renderRoot as ShadowRoot, [...own, ...Object.values(this.loaded).map((v) => (v as LazyView).styles)]);
        this.host.requestUpdate();
        return view;
      });
      // A failed load may be tried again (a dead network comes back).
      loading.catch(() => this.#loading.delete(name));
      this.#loading.set(name, loading);
    }
    return loading;
  }
}
