/**
 * Putting untrusted HTML from data (an entry's body) into the page: through the browser's own
 * Sanitizer API (`Element.setHTML`, Chromium 138+) where it exists, else through DOMPurify, which
 * is loaded only then. Either way no script, event handler or `javascript:` URL survives.
 */

/** Elements a published body has no business carrying, removed on top of the safe defaults. */
const REMOVE = ['form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'style', 'link', 'meta', 'base', 'svg', 'math', 'template'];

interface SetHTML {
  setHTML(html: string, options?: { sanitizer?: { removeElements?: string[] } }): void;
}

/** Whether this browser has the native Sanitizer API. */
export function hasNativeSanitizer(): boolean {
  return typeof (Element.prototype as Partial<SetHTML>).setHTML === 'function';
}

/** Replaces `target`'s children with the sanitised `html`. `native: false` forces DOMPurify (tests). */
export async function setSafeHTML(target: Element, html: string, options: { native?: boolean } = {}): Promise<void> {
  if ((options.native ?? true) && hasNativeSanitizer()) {
    (target as unknown as SetHTML).setHTML(html, { sanitizer: { removeElements: REMOVE } });
  } else {
    const { default: DOMPurify } = await import('dompurify');
    const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true, FORBID_TAGS: REMOVE });
    target.replaceChildren(fragment);
  }
  // Links out of a published body open safely.
  for (const link of target.querySelectorAll('a[href]')) {
    link.setAttribute('rel', 'noopener noreferrer');
    if (link.getAttribute('target') && link.getAttribute('target') !== '_blank') link.removeAttribute('target');
  }
}
