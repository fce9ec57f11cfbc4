/**
 * The demo's site config for its static pages: what a county's webmaster would put in site.json
 * (the 网站标识码 here is made up, clearly a demo's), with the demo server's script and API.
 */
import type { SiteConfig } from '@gov-disclosure/cli';

export const demoSite = (url: string): SiteConfig => ({
  url,
  siteIdCode: '4301210000',
  image: new URL('/examples/emblem.svg', url).href,
  script: '/cdn/gov-disclosure.min.js',
  api: `/api/${/\/(\d{6}(?:\d{3})?)\/$/.exec(url)?.[1] ?? ''}`,
});
