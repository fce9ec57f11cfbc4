/**
 * The page metadata .gov.cn pages carry, for search engines, the provincial platforms that gather
 * their counties' pages, and the national website check.
 *
 * The names are those of 政府网站发展指引 (国办发〔2017〕47号), 附件 "政府网站网页元数据" — the site's
 * (SiteName, SiteDomain, SiteIDCode), the column's (ColumnName, ColumnDescription, ColumnKeywords,
 * ColumnType) and the article's (ArticleTitle, PubDate, ContentSource, Keywords, Author,
 * Description, Image, Url) — which the provincial metadata standards repeat and extend (e.g. 黑龙江
 * DB23/T 3649.6—2023, 安徽 DB34/T 4086—2021). What fills each:
 *
 * | field | from |
 * |---|---|
 * | SiteName | the site config's `siteName`, else the jurisdiction's name + 人民政府 |
 * | SiteDomain | the host of the site config's `url` |
 * | SiteIDCode | the site config's `siteIdCode` (the 网站标识码 the national register gave the site) |
 * | ColumnName | the site config's `columnName`, else 基层政务公开标准化规范化专栏 (the column's own title) |
 * | ColumnDescription, ColumnKeywords | the site config, else made from the jurisdiction's name |
 * | ColumnType | the site config's `columnType`, else 信息公开 |
 * | ArticleTitle | the page's title: the entry's, the item's, the area's, the policy's |
 * | PubDate | an entry's 发布日期, a policy's; a list's newest (`YYYY-MM-DD HH:MM`; dates carry no time: 00:00) |
 * | ContentSource | the entry's 发布机构, else the item's 公开主体, else the jurisdiction |
 * | Keywords | the area, the item, the entry's 主题分类 |
 * | Author | the entry's 发布机构, else the item's 公开主体, else the jurisdiction |
 * | Description | the entry's text (its first 120 characters), else a sentence about the page |
 * | Image | the site config's `image` (left out when it names none) |
 * | Url | the page's own address (the canonical link) |
 */
import { html, type Markup } from './markup.js';
import { DEFAULT_COLUMN_NAME, type SiteConfig } from './site.js';

/** What a page says about itself; the site's and the column's fields come from the config. */
export interface PageMeta {
  title: string;
  description: string;
  keywords: string[];
  /** YYYY-MM-DD. */
  date: string | undefined;
  source: string;
  /** The page's absolute address. */
  url: string;
}

/** The column's fields, for a jurisdiction. */
export function columnMeta(site: SiteConfig, jurisdiction: string) {
  return {
    SiteName: site.siteName ?? `${jurisdiction}人民政府`,
    SiteDomain: new URL(site.url).host,
    SiteIDCode: site.siteIdCode,
    ColumnName: site.columnName ?? DEFAULT_COLUMN_NAME,
    ColumnDescription: site.columnDescription ?? `${jurisdiction}基层政务公开标准目录：26个试点领域的公开事项、公开内容和公开信息`,
    ColumnKeywords: site.columnKeywords ?? `政务公开,基层政务公开,标准目录,${jurisdiction}`,
    ColumnType: site.columnType ?? '信息公开',
  };
}

/** The `<meta>` tags of a page. */
export function metaTags(site: SiteConfig, jurisdiction: string, page: PageMeta): Markup {
  const fields: Record<string, string | undefined> = {
    ...columnMeta(site, jurisdiction),
    ArticleTitle: page.title,
    PubDate: page.date ? `${page.date} 00:00` : undefined,
    ContentSource: page.source,
    Keywords: page.keywords.filter(Boolean).join(','),
    Author: page.source,
    Description: page.description,
    Image: site.image,
    Url: page.url,
  };
  return html`<meta name="description" content="${page.description}">
<meta name="keywords" content="${fields.Keywords!}">
${Object.entries(fields).map(([name, content]) => (content ? html`<meta name="${name}" content="${content}">\n` : ''))}`;
}
