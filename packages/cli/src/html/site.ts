/**
 * The site's own facts for the static pages (`gov-disclosure build --html --site site.json`): where
 * the column lives, and what the .gov.cn page metadata names that no catalogue holds (the site's
 * 网站标识码, its name and domain). Checked when read; a clear message names what is wrong.
 */
import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { CliError } from '../errors.js';

const text = (max = 500) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const SiteConfig = z.object({
  /** The column's root as the public sees it, absolute, ending in `/` (its `index.html` is there). */
  url: z.string().check(z.regex(/^https?:\/\/[^\s/?#]+\/(?:[^\s?#]*\/)?$/, 'an absolute http(s) URL ending in /')),
  /** 网站名称, e.g. 长沙县人民政府. Default: the jurisdiction's name + 人民政府. */
  siteName: z.optional(text(100)),
  /** 网站标识码 (10 characters, given by the national site register). */
  siteIdCode: z.optional(z.string().check(z.regex(/^[0-9A-Za-z]{10}$/, 'the 10-character 网站标识码'))),
  /** 栏目名称. Default: 基层政务公开标准化规范化专栏, the column's own title (its elements' `columnTitle`). */
  columnName: z.optional(text(100)),
  /** 栏目描述 and 栏目关键词 (comma-separated). */
  columnDescription: z.optional(text(500)),
  columnKeywords: z.optional(text(200)),
  /** 栏目类型, as the provincial standards name them. Default: 信息公开. */
  columnType: z.optional(text(50)),
  /** The site's logo or the column's image, for `Image`. */
  image: z.optional(z.string().check(z.regex(/^https?:\/\/\S+$/, 'an absolute http(s) URL'))),
  /** Where the elements' script is (`gov-disclosure.min.js`), absolute or from the site's root. */
  script: z.optional(z.string().check(z.regex(/^(https?:\/\/|\/)\S+\.js$/, 'a URL of a .js file, absolute or starting with /'))),
  /** The column's API (feedback, 依申请公开), when the site runs the server. */
  api: z.optional(z.string().check(z.regex(/^(https?:\/\/|\/)\S*$/, 'a URL, absolute or starting with /'))),
});
export type SiteConfig = z.infer<typeof SiteConfig>;

/** Reads and checks a site config file. */
export async function readSiteConfig(path: string): Promise<SiteConfig> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError(`--site ${path}: cannot read it as JSON (${(error as Error).message})`);
  }
  const result = SiteConfig.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
    throw new CliError(`--site ${path}: not a valid site config:\n${issues}`);
  }
  return result.data;
}

/** The site config a build without one uses: the column at `url` (a relative root works for a local look). */
export const siteFor = (url: string, site: Partial<SiteConfig> = {}): SiteConfig => ({ ...site, url });

/** The column's name where the site config gives none: the name the column's elements show once they take over. */
export const DEFAULT_COLUMN_NAME = '基层政务公开标准化规范化专栏';
