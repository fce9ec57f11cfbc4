/**
 * An entry's body (untrusted HTML from the publisher) made safe for a static page, by the same
 * rules as the elements' sanitiser (`packages/elements/src/base/sanitize.ts`): text structure,
 * tables, links and images only; no script, style, event handler or form; links http(s), mail or
 * relative; images only from the column's own host or the hosts the catalogue lists. Its plain
 * text, for the page's description.
 */
import sanitizeHtml from 'sanitize-html';
import { isSafeUrl } from '@gov-disclosure/sdk';

/**
 * A URL from the data as a page links to it: a relative one is relative to the column's root
 * (where the bundle is), so it is written from the root (`%ROOT%`, made the page's way there).
 */
export const fromRoot = (url: string): string => (/^([a-z][a-z\d+.-]*:|\/|#)/i.test(url) ? url : `%ROOT%${url}`);

const TAGS =
  'a abbr b blockquote br caption cite code col colgroup dd del dfn div dl dt em figcaption figure h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strong sub sup table tbody td tfoot th thead time tr u ul'.split(
    ' ',
  );

/** The body, safe; images from elsewhere than `hosts` (and relative ones) are dropped. */
export function safeBody(body: string, hosts: readonly string[]): string {
  return sanitizeHtml(body, {
    allowedTags: TAGS,
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'width', 'height'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      time: ['datetime'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    // The body's own h1 would be a second heading of the page: it becomes an h2. Its relative
    // links and images are the data's, relative to the column's root, as the element reads them.
    transformTags: {
      h1: 'h2',
      a: (tagName, attribs) => ({ tagName, attribs: attribs.href ? { ...attribs, href: fromRoot(attribs.href) } : attribs }),
      img: (tagName, attribs) => ({ tagName, attribs: attribs.src ? { ...attribs, src: fromRoot(attribs.src) } : attribs }),
    },
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'svg', 'math'],
    exclusiveFilter: (frame) => {
      if (frame.tag === 'a' && frame.attribs.href !== undefined && !isSafeUrl(frame.attribs.href, true)) delete frame.attribs.href;
      if (frame.tag !== 'img') return false;
      const src = frame.attribs.src ?? '';
      if (!isSafeUrl(src)) return true;
      const absolute = /^https?:/i.exec(src);
      return absolute ? !hosts.includes(new URL(src).host) : false;
    },
  });
}

/** The text of a safe body (as `safeBody` made it), its spaces folded, at most `max` characters. */
export function plainText(safe: string, max = 120): string {
  const text = safe
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(nbsp|lt|gt|quot|#39|amp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };
