/**
 * The column's other pages: 首页 (the four actions, the latest disclosures, the areas, 依申请公开),
 * 政策文件 and each policy, 公开地图 (the city's and counties' columns) and 专栏导航.
 */
import { termOf, POLICY_LEVELS, type PolicyDocument } from '@gov-disclosure/sdk';
import { columnPath } from '@gov-disclosure/sdk/paths';
import type { BuiltBundle } from '@gov-disclosure/sdk/bundle';
import { fromRoot } from './body.js';
import { areaPath, entryPath, newestDate } from './catalogue-pages.js';
import type { Page } from './layout.js';
import { html, type Markup } from './markup.js';

const LATEST = 20;

export const policyPath = (policy: PolicyDocument) => columnPath({ section: 'policies', policy: policy.id });

/** A list of what there is, or a note that there is none: a page is never blank (空白栏目). */
const listOr = <T>(className: string, items: readonly T[], item: (value: T) => Markup, none: string) =>
  items.length ? html`<ul class="${className}">${items.map(item)}</ul>` : html`<p class="gov-static-note">${none}</p>`;

export class ColumnPages {
  constructor(
    private readonly bundle: BuiltBundle,
    private readonly name: string,
  ) {
    this.#date = newestDate(bundle);
  }

  /** The column's newest entry's date: the date of the pages that list no entries of their own. */
  readonly #date: string | undefined;

  home(column: string): Page {
    const { manifest } = this.bundle;
    const links = manifest.links ?? {};
    const latest = [...this.bundle.entries.values()]
      .flatMap((entries) => entries.slice(0, LATEST))
      .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0))
      .slice(0, LATEST);
    const action = (label: string, hint: string, href: string | undefined) =>
      href ? html`<li><a href="${fromRoot(href)}"><strong>${label}</strong> <span>${hint}</span></a></li>` : '';
    return {
      path: '',
      tab: 'home',
      title: column,
      crumbs: [{ label: '首页' }],
      content: html`<ul class="gov-static-actions">${[
        action('我要看', '按领域浏览公开内容', 'catalogue/'),
        action('我要办', '网上办事', links.services),
        action('我要查', '查找政府信息', 'catalogue/'),
        action('我要评', '评价和留言', links.interaction),
      ]}</ul>
<h2>最新公开</h2>
${latest.length ? html`<ul class="gov-static-entries">${latest.map((entry) => html`<li><a href="%ROOT%${entryPath(entry)}">${entry.title}</a> <time datetime="${entry.publishedAt}">${entry.publishedAt}</time></li>`)}</ul>` : html`<p class="gov-static-note">暂无公开信息。</p>`}
<h2>公开领域</h2>
<ul class="gov-static-areas">${manifest.areas.map(
        (area) =>
          html`<li><a href="%ROOT%${areaPath(area.id)}">${area.name}</a> <span class="gov-static-count">${area.applicable === false ? '不涉及' : `${area.entryCount ?? 0} 条`}</span></li>`,
      )}</ul>
<h2>依申请公开</h2>
<p>${links.request ? html`<a href="${fromRoot(links.request)}">申请政府信息公开</a>` : '请向本机关提出政府信息公开申请。'}</p>`,
      meta: {
        description: `${this.name}${column}：26个领域的公开事项、最新公开信息、政策文件和依申请公开`,
        keywords: ['政务公开', this.name],
        date: latest[0]?.publishedAt ?? this.#date,
        source: this.name,
      },
    };
  }

  policies(): Page {
    const policies = this.bundle.catalogue.policies ?? [];
    return {
      path: 'policies/',
      tab: 'policies',
      title: '政策文件',
      crumbs: [{ label: '首页', path: '' }, { label: '政策文件' }],
      content: listOr(
        'gov-static-entries',
        policies,
        (policy) =>
          html`<li><a href="%ROOT%${policyPath(policy)}">${policy.title}</a> <span class="gov-static-count">${termOf(POLICY_LEVELS, policy.level)}</span> <time datetime="${policy.publishedAt}">${policy.publishedAt}</time></li>`,
        '暂无政策文件。',
      ),
      meta: {
        description: `${this.name}基层政务公开的政策文件及其解读`,
        keywords: ['政策文件', '政策解读'],
        date: policies
          .map((p) => p.publishedAt)
          .sort()
          .at(-1),
        source: this.name,
      },
    };
  }

  policy(policy: PolicyDocument): Page {
    return {
      path: policyPath(policy),
      tab: 'policies',
      title: policy.title,
      crumbs: [{ label: '首页', path: '' }, { label: '政策文件', path: 'policies/' }, { label: policy.title }],
      content: html`<dl class="gov-static-facts"><dt>层级</dt><dd>${termOf(POLICY_LEVELS, policy.level)}</dd>${policy.issuer ? html`<dt>发文机关</dt><dd>${policy.issuer}</dd>` : ''}${policy.docNo ? html`<dt>文号</dt><dd>${policy.docNo}</dd>` : ''}<dt>发布日期</dt><dd><time datetime="${policy.publishedAt}">${policy.publishedAt}</time></dd></dl>
<p><a href="${fromRoot(policy.url)}" rel="noopener">查看原文</a></p>
${policy.interpretation ? html`<p>政策解读：<a href="${fromRoot(policy.interpretation.url)}" rel="noopener">${policy.interpretation.title}</a></p>` : ''}`,
      meta: { description: policy.title, keywords: ['政策文件', policy.issuer ?? ''], date: policy.publishedAt, source: policy.issuer ?? this.name },
    };
  }

  map(): Page {
    const places = (this.bundle.manifest.jurisdictions ?? []).filter((place) => place.code !== this.bundle.manifest.jurisdiction.code);
    return {
      path: 'map/',
      tab: 'map',
      title: '公开地图',
      crumbs: [{ label: '首页', path: '' }, { label: '公开地图' }],
      content: listOr(
        'gov-static-areas',
        places,
        (place) => html`<li>${place.columnUrl ? html`<a href="${fromRoot(place.columnUrl)}">${place.name}</a>` : place.name}</li>`,
        '暂无其他地区的专栏。',
      ),
      meta: { description: `${this.name}及所辖地区的基层政务公开专栏`, keywords: ['公开地图'], date: this.#date, source: this.name },
    };
  }

  nav(): Page {
    const links = this.bundle.manifest.links ?? {};
    const all: [string, string | undefined][] = [
      ['政府信息公开指南', links.guide],
      ['政府信息公开制度', links.rules],
      ['法定主动公开内容', links.statutory],
      ['政府信息公开工作年度报告', links.annualReports],
      ['依申请公开', links.request],
    ];
    return {
      path: 'nav/',
      tab: 'nav',
      title: '专栏导航',
      crumbs: [{ label: '首页', path: '' }, { label: '专栏导航' }],
      content: html`<ul class="gov-static-areas">${all.map(([label, href]) => html`<li>${href ? html`<a href="${fromRoot(href)}">${label}</a>` : html`${label}（暂无）`}</li>`)}</ul>`,
      meta: {
        description: `${this.name}政府信息公开指南、制度、法定主动公开内容和年度报告`,
        keywords: ['专栏导航', '年度报告'],
        date: this.#date,
        source: this.name,
      },
    };
  }
}
