/**
 * Putting untrusted HTML from data (an entry's body) into the page, so that no script, event
 * handler, style or `javascript:` URL survives.
 *
 * An allow-list, small on purpose (it ships to every visitor, and many government-site visitors
 * use browsers without the Sanitizer API): the HTML is parsed by the browser in an inert document
 * (`DOMParser`: nothing runs, nothing loads), every element not on the allow-list, and all foreign
 * (SVG, MathML) content, is dropped (with its content for the dangerous ones, keeping its text for
 * the rest), every attribute not on the
 * allow-list is dropped, links must be http(s), mail or relative (the SDK's one rule), and images
 * load only from where the data came from or hosts the site lists. The surviving nodes are moved
 * into the page as nodes; they are never serialised and parsed again, which is where mutation XSS
 * comes from. The browser's own `Element.setHTML` is not used: one policy everywhere, and
 * Chromium 156 crashes when a `<marquee>` it produced is taken apart. The corpus of known vectors
 * is in `sanitize.test.ts`.
 */

import { isHomeUrl, isSafeUrl } from '@gov-disclosure/sdk';

/** Elements a published body has no business carrying, with everything inside them. */
const REMOVE = ['form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'style', 'link', 'meta', 'base', 'template'];

/** What a published document's body may contain: text structure, tables, links, images. */
const ALLOWED = new Set(
  'a abbr b blockquote br caption cite code col colgroup dd del dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strong sub sup table tbody td tfoot th thead time tr u ul'.split(
    ' ',
  ),
);
/** Dropped with everything inside them. */
const DROP = new Set([
  ...REMOVE,
  'script',
  'noscript',
  'object',
  'applet',
  'audio',
  'video',
  'source',
  'track',
  'canvas',
  'frameset',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
  'title',
  'head',
  'dialog',
  'portal',
  'slot',
]);
const ATTRIBUTES = new Set([
  'href',
  'src',
  'alt',
  'title',
  'colspan',
  'rowspan',
  'headers',
  'scope',
  'lang',
  'dir',
  'datetime',
  'cite',
  'width',
  'height',
  'start',
  'reversed',
  'type',
  'abbr',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/** Where a body came from, and what it may load. */
export interface SanitiseOptions {
  /** The URL the data came from: images load from its origin (default: the page's)… */
  base?: string | undefined;
  /** …or from these hosts the site lists. */
  hosts?: readonly string[] | undefined;
  /** The text of the link that an image from anywhere else becomes (查看图片（外部网站）). */
  external: string;
}

/** Cleans `node`'s children in place (depth first). */
function clean(node: Node, o: SanitiseOptions): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === Node.TEXT_NODE) continue;
    if (child.nodeType !== Node.ELEMENT_NODE) {
      child.remove(); // comments, processing instructions, CDATA
      continue;
    }
    const element = child as Element;
    const tag = element.localName;
    if (DROP.has(tag)) {
      element.remove();
      continue;
    }
    clean(element, o);
    // Foreign (SVG, MathML) content is a classic way around sanitisers, and elements we do not
    // allow (a CMS's <font>, <center>, <marquee>) have no place either: they go, their text stays
    // (the text after an unclosed <svg> included).
    if (!ALLOWED.has(tag) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
      element.replaceWith(...element.childNodes);
      continue;
    }
    for (const { name, value } of [...element.attributes]) {
      if (!ATTRIBUTES.has(name) || (URL_ATTRIBUTES.has(name) && !isSafeUrl(value, name === 'href'))) element.removeAttribute(name);
    }
    // An image from another host would load as the entry opens (a beacon in a government page): a link to it instead.
    const src = tag === 'img' && element.getAttribute('src');
    if (src && !isHomeUrl(src, o.base ?? location.href, o.hosts)) {
      const link = element.ownerDocument.createElement('a');
      link.href = src;
      link.textContent = o.external;
      element.replaceWith(link);
    }
  }
}

interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): { createHTML(input: string): string };
}

/**
 * Under Trusted Types (`require-trusted-types-for 'script'`) `DOMParser` takes only trusted HTML.
 * Parsing into an inert document is safe by itself (nothing there runs, and everything is cleaned
 * before it reaches the page), so the policy `gov-disclosure` passes the text through; a site that
 * lists allowed policies (`trusted-types …`) adds it.
 */
let policy: { createHTML(input: string): string } | undefined;
function trusted(html: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return html;
  policy ??= factory.createPolicy('gov-disclosure', { createHTML: (input) => input });
  return policy.createHTML(html);
}

/** `html` sanitised into nodes of the page's document. */
export function sanitise(html: string, o: SanitiseOptions): DocumentFragment {
  // Style attributes go anyway; dropping them before parsing keeps a strict CSP from reporting
  // each one (the parser's document shares the page's policy). Not a safety measure: clean() is.
  const unstyled = html.replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  const body = new DOMParser().parseFromString(trusted(`<!doctype html><body>${unstyled}`), 'text/html').body;
  clean(body, o);
  const fragment = document.createDocumentFragment();
  fragment.append(...[...body.childNodes].map((node) => document.adoptNode(node)));
  return fragment;
}

/** Replaces `target`'s children with the sanitised `html`. */
export function setSafeHTML(target: Element, html: string, o: SanitiseOptions): void {
  target.replaceChildren(sanitise(html, o));
  // Links out of a published body open safely, and only to http(s), mail or relative addresses
  // (the native defaults let `data:` links through).
  for (const link of target.querySelectorAll('a[href]')) {
    if (!isSafeUrl(link.getAttribute('href')!, true)) link.removeAttribute('href');
    link.setAttribute('rel', 'noopener noreferrer');
    if (link.getAttribute('target') && link.getAttribute('target') !== '_blank') link.removeAttribute('target');
  }
}
