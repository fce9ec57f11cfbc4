/**
 * What arrives after the first screen, in one small module the elements share: views loaded on
 * demand with their styles (`LazyViews`), and waiting frame by frame for what an element draws
 * after data it does not hold (`untilDrawn`: a map drawn once its matrix loads, results once their
 * search ends) — never for longer than a bound, never stuck in a hidden tab, where frames stop.
 */
import { adoptStyles, type CSSResultOrNative, type ReactiveElement } from 'lit';

/** A view module: its render functions, and the styles they need. */
export interface LazyView {
  styles: CSSResultOrNative;
}

type Loaders<V> = { [K in keyof V]: () => Promise<V[K]> };

/**
 * Views an element loads on demand (code split from its first screen), each bringing its own
 * styles: when one arrives its `styles` are adopted beside the element's own and the element
 * renders again.
 */
export class LazyViews<V extends Record<string, LazyView>> {
  /** The views that have arrived. */
  readonly loaded: Partial<V> = {};

  constructor(
    private readonly host: ReactiveElement,
    protected readonly loaders: Loaders<V>,
  ) {}

  /** The view `name`, loading it if it has not arrived (the module system loads a module once; a failed load is tried again). */
  async load<K extends keyof V>(name: K): Promise<V[K]> {
    const view = await this.loaders[name]();
    if (this.loaded[name] !== view) {
      this.loaded[name] = view;
      const own = (this.host.constructor as typeof ReactiveElement).elementStyles;
      adoptStyles(this.host.renderRoot as ShadowRoot, [...own, ...Object.values(this.loaded).map((v) => (v as LazyView).styles)]);
      this.host.requestUpdate();
    }
    return view;
  }
}

/** The next frame; in a hidden tab, a moment later instead (the wait must end). */
export const nextFrame = (): Promise<unknown> =>
  new Promise((resolve) => {
    requestAnimationFrame(resolve);
    setTimeout(resolve, 100);
  });

/** Waits a frame at a time until `condition` holds (true), for at most `frames` frames (false; 300 are some 5 s). */
export async function untilDrawn(condition: () => boolean, frames = 300): Promise<boolean> {
  for (let frame = 0; !condition(); frame++) {
    if (frame === frames) return false;
    await nextFrame();
  }
  return true;
}
