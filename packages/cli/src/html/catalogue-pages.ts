/**
 * The pages of the catalogue: the areas' list, each area (its 一级 and 二级 items), each item (its
 * elements and its entries, paged as files) and each entry (its metadata, its body, its
 * attachments). Each page is made when it is asked for, so that 200,000 entries are never all
 * pages in memory at once.
 */
import type { BundleArea, BundleItem, DisclosureEntry } from '@gov-disclosure/sdk';
import { termOf, VALIDITIES } from '@gov-disclosure/sdk';
import { columnPath } from '@gov-disclosure/sdk/paths';
import type { BuiltBundle } from '@gov-disclosure/sdk/bundle';
import { fromRoot, plainText, safeBody } from './body.js';
import type { Page } from './layout.js';
import { html, trusted, type Markup } from './markup.js';

/** The newest 发布日期 of the column (the build's own day is not a page's date: it would change every page every day). */
export function newestDate(bundle: BuiltBundle): string | undefined {
  let newest: string | undefined;
  for (const entries of bundle.entries.values()) if (entries[0] && (!newest || entries[0].publishedAt > newest)) newest = entries[0].publishedAt;
  return newest;
}

/** Entries on each page of an item. */
export const ENTRIES_PER_PAGE = 50;

export const areaPath = (area: string) => columnPath({ section: 'catalogue', area });
export const itemPath = (item: string, page = 1) => columnPath({ section: 'catalogue', item, page });
export const entryPath = (entry: DisclosureEntry) => columnPath({ section: 'catalogue', item: entry.item, entry: entry.id });

/** What the catalogue's pages are made from. */
export class CataloguePages {
  readonly #byId = new Map<string, BundleItem>();
  readonly #children = new Map<string, BundleItem[]>();
  readonly #areas = new Map<string, BundleArea>();

  constructor(
    private readonly bundle: BuiltBundle,
    private readonly name: string,
  ) {
    for (const area of bundle.manifest.areas) this.#areas.set(area.id, area);
    for (const items of bundle.items.values())
      for (const item of items) {
        this.#byId.set(item.id, item);
        if (item.parent) this.#children.set(item.parent, [...(this.#children.get(item.parent) ?? []), item]);
      }
  }

  /** An item's newest 发布日期: of its entries and of the items below it (a 一级 item whose entries sit under its 二级 items is as new as they are). */
  itemDate(item: BundleItem): string | undefined {
    let newest = item.latestEntryAt;
    for (const child of this.#children.get(item.id) ?? []) {
      const date = this.itemDate(child);
      if (date && (!newest || date > newest)) newest = date;
    }
    return newest;
  }

  /** How many pages of entries an item has (one when it has none). */
  pagesOf(item: string): number {
    return Math.max(1, Math.ceil((this.bundle.entries.get(item)?.length ?? 0) / ENTRIES_PER_PAGE));
  }

  #crumbs(item: BundleItem | undefined, area: string): Page['crumbs'] {
    const chain: BundleItem[] = [];
    for (let at = item; at; at = at.parent ? this.#byId.get(at.parent) : undefined) chain.unshift(at);
    return [
      { label: '首页', path: '' },
      { label: '公开内容', path: 'catalogue/' },
      { label: this.#areas.get(area)?.name ?? area, path: areaPath(area) },
      ...chain.map((at) => ({ label: at.name, path: itemPath(at.id) })),
    ];
  }

  #itemList(items: readonly BundleItem[]): Markup {
    return html`<ul class="gov-static-items">${items.map(
      (item) =>
        html`<li><a href="%ROOT%${itemPath(item.id)}">${item.name}</a> <span class="gov-static-count">${item.entryCount ? `${item.entryCount} 条` : ''}</span>${
          this.#children.get(item.id)?.length ? this.#itemList(this.#children.get(item.id)!) : ''
        }</li>`,
    )}</ul>`;
  }

  /** 公开内容: every area, with its counts; 不涉及 areas marked. */
  catalogue(): Page {
    const areas = this.bundle.manifest.areas;
    return {
      path: 'catalogue/',
      tab: 'catalogue',
      title: '公开内容',
      crumbs: [{ label: '首页', path: '' }, { label: '公开内容' }],
      content: html`<ul class="gov-static-areas">${areas.map(
        (area) =>
          html`<li><a href="%ROOT%${areaPath(area.id)}">${area.name}</a> <span class="gov-static-count">${
            area.applicable === false ? '不涉及' : `${area.itemCount ?? 0} 项 · ${area.entryCount ?? 0} 条`
          }</span></li>`,
      )}</ul>`,
      meta: {
        description: `${this.name}基层政务公开标准目录的${areas.length}个领域`,
        keywords: ['公开内容', '标准目录'],
        date: newestDate(this.bundle),
        source: this.name,
      },
    };
  }

  /** An area: its items as a tree, or why it is 不涉及. */
  area(area: BundleArea): Page {
    const items = this.bundle.items.get(area.id) ?? [];
    const top = items.filter((item) => !item.parent || !this.#byId.has(item.parent));
    const newest = items.reduce<string | undefined>(
      (max, item) => (item.latestEntryAt && (!max || item.latestEntryAt > max) ? item.latestEntryAt : max),
      undefined,
    );
    return {
      path: areaPath(area.id),
      tab: 'catalogue',
      title: area.name,
      crumbs: [{ label: '首页', path: '' }, { label: '公开内容', path: 'catalogue/' }, { label: area.name }],
      content:
        area.applicable === false
          ? html`<p class="gov-static-note">本领域不涉及${area.notApplicableReason ? `：${area.notApplicableReason}` : '。'}</p>`
          : items.length
            ? this.#itemList(top)
            : html`<p class="gov-static-note">本领域暂无公开事项。</p>`,
      meta: { description: `${this.name}${area.name}领域的公开事项（${items.length} 项）`, keywords: [area.name], date: newest, source: this.name },
    };
  }

  /** An item's page `page` (1 is its first): its elements, its children, its entries. */
  item(item: BundleItem, page: number): Page {
    const entries = this.bundle.entries.get(item.id) ?? [];
    const pages = this.pagesOf(item.id);
    const shown = entries.slice((page - 1) * ENTRIES_PER_PAGE, page * ENTRIES_PER_PAGE);
    const children = this.#children.get(item.id) ?? [];
    const crumbs = this.#crumbs(item, item.area);
    crumbs[crumbs.length - 1] = { label: item.name };
    const facts: [string, string | undefined][] = [
      ['公开依据', item.basis],
      ['公开时限', item.deadline?.text],
      ['公开主体', item.responsible],
    ];
    return {
      path: itemPath(item.id, page),
      tab: 'catalogue',
      title: page > 1 ? `${item.name}（第 ${page} 页）` : item.name,
      // 办事指南 is the name of a hundred items: the title says which.
      fullTitle: `${crumbs
        .slice(2)
        .map((c) => c.label)
        .join(' › ')}${page > 1 ? `（第 ${page} 页）` : ''}`,
      crumbs,
      content: html`${item.elements?.length ? html`<h2>公开内容（要素）</h2><table class="gov-static-table"><thead><tr><th scope="col">要素</th><th scope="col">要求</th></tr></thead><tbody>${item.elements.map((element) => html`<tr><td>${element.name}</td><td>${element.required ? '必选' : '可选'}</td></tr>`)}</tbody></table>` : ''}
${facts.some(([, value]) => value) ? html`<dl class="gov-static-facts">${facts.map(([label, value]) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : ''))}</dl>` : ''}
${item.service ? html`<p class="gov-static-service"><a href="${item.service.url}" rel="noopener">我要办：${item.service.name ?? item.name}</a></p>` : ''}
${children.length ? html`<h2>下级事项</h2>${this.#itemList(children)}` : ''}
<h2>公开信息</h2>
${shown.length ? html`<ul class="gov-static-entries">${shown.map((entry) => html`<li><a href="%ROOT%${entryPath(entry)}">${entry.title}</a> <time datetime="${entry.publishedAt}">${entry.publishedAt}</time></li>`)}</ul>` : children.length ? html`<p class="gov-static-note">本事项的公开信息在下级事项中。</p>` : html`<p class="gov-static-note">该事项暂无公开信息。</p>`}
${pages > 1 ? this.#pager(item.id, page, pages) : ''}`,
      meta: {
        description: `${item.name}：公开内容、公开依据、公开时限和公开信息（共 ${entries.length} 条）`,
        keywords: [this.#areas.get(item.area)?.name ?? '', item.name],
        date: this.itemDate(item),
        source: item.responsible ?? this.name,
      },
    };
  }

  #pager(item: string, page: number, pages: number): Markup {
    const near = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
    return html`<nav class="gov-static-pager" aria-label="分页"><p>第 ${page} / ${pages} 页</p><ul>${
      page > 1 ? html`<li><a rel="prev" href="%ROOT%${itemPath(item, page - 1)}">上一页</a></li>` : ''
    }${near.map((n) => html`<li>${n === page ? html`<span aria-current="page">${n}</span>` : html`<a href="%ROOT%${itemPath(item, n)}">${n}</a>`}</li>`)}${
      page < pages ? html`<li><a rel="next" href="%ROOT%${itemPath(item, page + 1)}">下一页</a></li>` : ''
    }</ul></nav>`;
  }

  /** All an entry's page is made from: when it has not changed, neither has the page. */
  entryKey(entry: DisclosureEntry): string {
    const item = this.#byId.get(entry.item)!;
    return JSON.stringify([entry, this.#crumbs(item, item.area), this.bundle.catalogue.hosts]);
  }

  /**
   * All the pages of one entry chunk of an item are made from: the chunk's content-hashed name and
   * what `entryKey` adds to an entry. When it has not changed, none of the chunk's pages has.
   */
  chunkKey(item: BundleItem, chunk: number): string {
    return JSON.stringify([item.entryChunks?.[chunk], this.#crumbs(item, item.area), this.bundle.catalogue.hosts]);
  }

  /** All an item's page is made from: the item (its entry chunks' names among it), its descendants' names, counts and dates, its place. */
  itemKey(item: BundleItem, page: number): string {
    const below: unknown[] = [];
    const walk = (id: string) => {
      for (const child of this.#children.get(id) ?? []) below.push(child.id, child.name, child.entryCount, child.latestEntryAt, (walk(child.id), '/'));
    };
    walk(item.id);
    return JSON.stringify([item, below, this.#crumbs(item, item.area), page, this.pagesOf(item.id)]);
  }

  /** An entry: its metadata (发布日期 always shown), its body made safe, its attachments. */
  entry(entry: DisclosureEntry): Page {
    const item = this.#byId.get(entry.item)!;
    const hosts = this.bundle.catalogue.hosts ?? [];
    const body = entry.body ? safeBody(entry.body, hosts) : '';
    const facts: [string, string | undefined][] = [
      ['索引号', entry.indexNo],
      ['文号', entry.docNo],
      ['发布机构', entry.publisher],
      ['成文日期', entry.writtenAt],
      ['发布日期', entry.publishedAt],
      ['主题分类', entry.topic],
      ['有效性', entry.validity ? termOf(VALIDITIES, entry.validity) : undefined],
    ];
    return {
      path: entryPath(entry),
      tab: 'catalogue',
      title: entry.title,
      crumbs: [...this.#crumbs(item, item.area), { label: entry.title }],
      content: html`<dl class="gov-static-facts">${facts.map(([label, value]) => (value ? html`<dt>${label}</dt><dd>${label.endsWith('日期') ? html`<time datetime="${value}">${value}</time>` : value}</dd>` : ''))}</dl>
${entry.validity === 'repealed' ? html`<p class="gov-static-note">本文件已废止。</p>` : ''}
${body ? html`<div class="gov-static-body">${trusted(body)}</div>` : ''}
${entry.url ? html`<p><a href="${fromRoot(entry.url)}" rel="noopener">查看原文</a></p>` : ''}
${entry.attachments?.length ? html`<h2>附件</h2><ul class="gov-static-files">${entry.attachments.map((file) => html`<li><a href="${fromRoot(file.url)}">${file.name}</a></li>`)}</ul>` : ''}
<p><a href="%ROOT%${itemPath(item.id)}">返回：${item.name}</a></p>`,
      meta: {
        description: plainText(body) || `${item.name}：${entry.title}`,
        keywords: [this.#areas.get(item.area)?.name ?? '', item.name, entry.topic ?? ''],
        date: entry.publishedAt,
        source: entry.publisher ?? item.responsible ?? this.name,
      },
    };
  }
}
