/**
 * The shell of every static page (nothing in it changes with the day it is built, so that a
 * rebuild rewrites only the pages whose content changed): the head (title, description, canonical, the page metadata, the
 * stylesheet, the elements' script), and inside `<gov-disclosure-column>` the page readable
 * without scripts — the column's name, its tabs, the breadcrumbs, the content. With scripts the
 * element takes over at the same address (`url-state="path"`); where its data fails to load, it
 * shows this content again.
 */
import { html, type Markup } from './markup.js';
import { metaTags, type PageMeta } from './meta.js';
import { DEFAULT_COLUMN_NAME, type SiteConfig } from './site.js';

export type Tab = 'home' | 'catalogue' | 'policies' | 'map' | 'nav';

const TABS: [Tab, string, string][] = [
  ['home', '首页', ''],
  ['catalogue', '公开内容', 'catalogue/'],
  ['policies', '政策文件', 'policies/'],
  ['map', '公开地图', 'map/'],
  ['nav', '专栏导航', 'nav/'],
];

export interface Page {
  /** The page's path from the column's root (`item/social-assistance!1.1/`). */
  path: string;
  tab: Tab;
  /** The heading; the `<title>` adds the column and the site. */
  title: string;
  /**
   * The title with its place, for `<title>` and ArticleTitle where the heading alone is shared by
   * many pages (an item's path: 社会救助 › 最低生活保障 › 办事指南); the heading otherwise.
   */
  fullTitle?: string;
  /** Steps from the home page to this one (the last is this page, without a link). */
  crumbs: { label: string; path?: string }[];
  content: Markup;
  meta: Omit<PageMeta, 'url' | 'title'>;
}

export interface Shell {
  site: SiteConfig;
  /** The jurisdiction's name (长沙县). */
  name: string;
}

/** The file a page's path is written to. */
export const fileOf = (path: string): string => (path === '' || path.endsWith('/') ? `${path}index.html` : path);

/** The way from a page at `from` to the column's root (`../../`). */
export const rootFrom = (from: string): string => '../'.repeat(fileOf(from).split('/').length - 1);

/** A page, whole. */
export function renderPage(shell: Shell, page: Page): string {
  const { site, name } = shell;
  const root = rootFrom(page.path);
  const url = new URL(page.path, site.url).href;
  const column = site.columnName ?? DEFAULT_COLUMN_NAME;
  const link = (path: string) => root + path || './';
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title === column ? '' : `${page.fullTitle ?? page.title} - `}${name}${column}</title>
<link rel="canonical" href="${url}">
${metaTags(site, name, { ...page.meta, title: page.fullTitle ?? page.title, url })}<link rel="stylesheet" href="${root}gov-static.css">
${site.script ? html`<script type="module" src="${site.script}"></script>\n` : ''}</head>
<body>
<gov-disclosure-column src="${root}manifest.json" url-state="path" url-base="${root || './'}"${site.api ? html` api="${site.api}"` : ''}>
<div class="gov-static">
<header class="gov-static-header">
<p class="gov-static-column"><a href="${link('')}">${name}${column}</a></p>
<nav class="gov-static-tabs" aria-label="栏目">${TABS.map(
    ([tab, label, path]) => html`<a href="${link(path)}"${tab === page.tab ? html` aria-current="page"` : ''}>${label}</a>`,
  )}</nav>
</header>
${page.crumbs.length > 1 ? html`<nav class="gov-static-crumbs" aria-label="当前位置"><ol>${page.crumbs.map((crumb) => html`<li>${crumb.path === undefined ? html`<span aria-current="page">${crumb.label}</span>` : html`<a href="${link(crumb.path)}">${crumb.label}</a>`}</li>`)}</ol></nav>\n` : ''}<main class="gov-static-main">
<h1>${page.title}</h1>
${page.content}
</main>
<footer class="gov-static-footer">${page.meta.date ? html`<p>本页信息更新于 <time datetime="${page.meta.date}">${page.meta.date}</time></p>` : ''}</footer>
</div>
</gov-disclosure-column>
</body>
</html>
`.text;
}
