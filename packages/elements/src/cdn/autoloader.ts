/**
 * The autoloader (`gov-disclosure-autoloader.js` on the CDN): loads an element's code when its
 * tag first appears on the page, now or later (a CMS that adds widgets after load, a single-page
 * app). Elements inside our own elements' shadow roots are imported by their parents.
 *
 * ```html
 * <script type="module" src="https://cdn.example.gov.cn/gov-disclosure/gov-disclosure-autoloader.js"></script>
 * <gov-feedback kind="page" api="/api/430121"></gov-feedback>
 * ```
 */
import { TAGS } from './tags.js';

const base = new URL('./elements/', import.meta.url);
const waiting = new Set<string>(TAGS);
const selector = TAGS.join(',');

function load(tag: string): void {
  if (!waiting.delete(tag)) return;
  if (customElements.get(tag)) return;
  import(/* @vite-ignore */ new URL(`${tag}.js`, base).href).catch((error: unknown) => console.error(`gov-disclosure: could not load <${tag}>`, error));
}

/** Loads every not-yet-loaded element found in `root`. */
export function discover(root: ParentNode): void {
  if (waiting.size === 0) return;
  if (root instanceof Element && waiting.has(root.localName)) load(root.localName);
  for (const element of root.querySelectorAll(selector)) load(element.localName);
}

discover(document);
const observer = new MutationObserver((mutations) => {
  for (const mutation of mutations) for (const node of mutation.addedNodes) if (node instanceof Element) discover(node);
  if (waiting.size === 0) observer.disconnect();
});
observer.observe(document.documentElement, { childList: true, subtree: true });
