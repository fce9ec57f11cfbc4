/**
 * One page as a person uses it, in whichever engine (test/support/engines.ts launches them): the
 * `Tab` and `Engine` interfaces, and what runs in the page for them. A `Tab` opens an address, taps,
 * types, presses Enter, goes Back, reloads, takes a screenshot, and evaluates a condition until it
 * holds. Selectors are CSS with `>>>` to step into shadow roots (as puppeteer's):
 * `gov-disclosure-column >>> gov-search >>> input`.
 */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface Viewport {
  width: number;
  height: number;
  /** A touch screen: taps are touches (where the engine's driver can make them). */
  touch?: boolean;
}

export interface Tab {
  readonly engine: EngineName;
  readonly viewport: Viewport;
  /** Loads an address afresh (not as a jump within the page, even where only the fragment differs). */
  goto(url: string): Promise<void>;
  /** Evaluates an expression (a string) in the page; a promise it gives is awaited. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Waits until an expression is truthy in the page. */
  waitFor(expression: string, timeout?: number): Promise<void>;
  /** Taps (on a touch screen) or clicks the centre of the first element the selector finds, scrolled into view. */
  tap(selector: string, index?: number): Promise<void>;
  /** Types text into whatever has the focus, key by key. */
  type(text: string): Promise<void>;
  press(key: 'Enter' | 'Tab' | 'Escape'): Promise<void>;
  back(): Promise<void>;
  reload(): Promise<void>;
  /** What the screen shows, as a PNG. */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  open(viewport: Viewport): Promise<Tab>;
  /** Closes every tab still open (after a failed test: WebKitWebDriver runs one session at a time). */
  closeAll(): Promise<void>;
  stop(): Promise<void>;
}

/** In-page: the elements a selector with `>>>` finds (or a comma-separated list of them), looking through open shadow roots at every step. */
export const DEEP = `(() => {
  const all = (root, css) => {
    const out = [...root.querySelectorAll(css)];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...all(el.shadowRoot, css));
    return out;
  };
  const one = (selector) => selector.split('>>>').map((s) => s.trim()).reduce((roots, css, i) => roots.flatMap((root) => all(i === 0 ? root : root.shadowRoot ?? root, css)), [document]);
  // A list (a, b) finds what each of its selectors finds, each with its own >>> steps.
  return (selector) => [...new Set(selector.split(/,(?![^[]*\])/).flatMap(one))];
})()`;

/**
 * In-page: scrolls an element to the middle of the screen and waits until it stays there for two
 * frames (what loads around it, or a page keeping something else in view, may move it), as a person
 * waits for the page to settle before tapping. Resolves the element's centre, or null.
 */
export const SETTLE = `async (el) => {
  if (!el) return null;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  let last;
  for (let i = 0; i < 60; i++) {
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) el.scrollIntoView({ block: 'center', inline: 'nearest' });
    await frame();
    await frame();
    const now = el.getBoundingClientRect();
    if (last && Math.abs(now.top - last.top) < 1 && Math.abs(now.left - last.left) < 1 && now.top >= 0 && now.bottom <= innerHeight) break;
    last = now;
  }
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}`;

/** An expression giving the elements a deep selector finds. */
export const deep = (selector: string) => `${DEEP}(${JSON.stringify(selector)})`;
