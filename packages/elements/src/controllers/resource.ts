import { DisclosureError, isAbortError } from '@gov-disclosure/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the state renderer needs of a resource. */
export interface Loadable<T> {
  readonly value: T | undefined;
  readonly status: ResourceStatus;
  readonly error: unknown;
  readonly stale: boolean;
  run(): Promise<void>;
}

/**
 * Data an element loads: runs `load` whenever `deps` change (aborting the run before), and keeps
 * the last good value when a later run fails, so that an element can show it marked stale.
 */
export class Resource<T, D extends readonly unknown[]> implements ReactiveController, Loadable<T> {
  status: ResourceStatus = 'idle';
  value: T | undefined;
  error: unknown;
  readonly #host: ReactiveControllerHost;
  readonly #load: (deps: D, signal: AbortSignal, show: (value: T) => void) => Promise<T>;
  readonly #deps: () => D | undefined;
  #last: D | undefined;
  #controller: AbortController | undefined;

  /**
   * `deps` returning `undefined` means "not ready to load" (e.g. no item chosen). `load` may `show`
   * a value before it ends (a page of hits while they are counted): it is rendered, the status
   * staying `loading` until `load` ends.
   */
  constructor(host: ReactiveControllerHost, load: (deps: D, signal: AbortSignal, show: (value: T) => void) => Promise<T>, deps: () => D | undefined) {
    this.#host = host;
    this.#load = load;
    this.#deps = deps;
    host.addController(this);
  }

  /** True when the value shown is older than a failed refresh (offline, server down). */
  get stale(): boolean {
    return this.status === 'error' && this.value !== undefined;
  }

  hostUpdate(): void {
    const deps = this.#deps();
    if (!deps) {
      if (this.#last) this.#reset();
      return;
    }
    if (this.#last && deps.length === this.#last.length && deps.every((d, i) => Object.is(d, this.#last![i]))) return;
    // Other deps, other data: what was shown for the old ones is not a stale copy of the new.
    if (this.#last) this.value = undefined;
    this.#last = deps;
    // Called during the host's update: the render about to happen shows the loading state.
    void this.#start(deps, false);
  }

  hostConnected(): void {
    window.addEventListener('online', this.#onOnline);
    // Reconnected: load again (what was shown stays, marked stale if the load fails).
    this.#host.requestUpdate();
  }

  /** Back online: what failed is loaded again, by itself. */
  #onOnline = (): void => {
    if (this.status === 'error') void this.run();
  };

  hostDisconnected(): void {
    window.removeEventListener('online', this.#onOnline);
    this.#controller?.abort();
    // Run again when reconnected.
    this.#last = undefined;
  }

  /** Loads again with the current deps (the retry button). */
  async run(): Promise<void> {
    const deps = this.#last ?? this.#deps();
    if (deps) await this.#start(deps, true);
  }

  async #start(deps: D, render: boolean): Promise<void> {
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    this.status = 'loading';
    if (render) this.#host.requestUpdate();
    try {
      const show = (value: T) => {
        if (controller.signal.aborted) return;
        this.value = value;
        this.#host.requestUpdate();
      };
      const value = await this.#load(deps, controller.signal, show);
      if (controller.signal.aborted) return;
      this.value = value;
      this.error = undefined;
      this.status = 'ready';
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.error = error instanceof Error ? error : new DisclosureError(String(error));
      this.status = 'error';
      // A failure must never surface as an uncaught rejection; it is shown by the element.
      if (!(error instanceof DisclosureError)) console.error(error);
    }
    this.#host.requestUpdate();
  }

  #reset(): void {
    this.#controller?.abort();
    this.#last = undefined;
    this.value = undefined;
    this.error = undefined;
    this.status = 'idle';
  }
}
