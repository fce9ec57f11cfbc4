/**
 * What an element of the CDN build costs a visitor: its entry file and every chunk it imports
 * statically, each gzipped (-9) as a server would send it. Chunks it loads only on demand
 * (`import()`) are listed apart; the column's budget adds the sanitiser's on top.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CDN = resolve(import.meta.dirname, '../../packages/elements/dist/cdn');

const STATIC = /(?:^|[;})\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

export interface Cost {
  /** Files loaded at once, relative to the CDN folder. */
  files: string[];
  gzip: number;
  /** The same files each gzipped on its own, as a CDN sends them over HTTP/2. */
  separately: number;
  /** Files loaded on demand, with their own gzip sizes. */
  lazy: Record<string, number>;
}

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export function cost(entry: string): Cost {
  const seen = new Set<string>();
  const lazy = new Map<string, number>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC)) visit(resolve(dirname(file), m[1]!));
    for (const m of code.matchAll(DYNAMIC)) {
      const target = resolve(dirname(file), m[1]!);
      if (!lazy.has(target)) lazy.set(target, gzip(target));
    }
  };
  visit(join(CDN, entry));
  for (const file of seen) lazy.delete(file);
  return {
    files: [...seen].map((f) => relative(CDN, f)),
    // As one file (what a bundler makes of it, and what the budgets mean by min+gzip).
    gzip: gzipSync(Buffer.concat([...seen].map((f) => readFileSync(f))), { level: 9 }).length,
    separately: [...seen].reduce((sum, f) => sum + gzip(f), 0),
    lazy: Object.fromEntries([...lazy].map(([f, size]) => [relative(CDN, f), size])),
  };
}

/** The size budgets of the CDN build, min+gzip, in bytes. */
export const BUDGETS = {
  /**
   * The whole column with an item open: Lit, zod, ky and the sanitiser included. 45 KB until the
   * phone's drill-down and keeping images and column switches on the site's own hosts (issue 12)
   * took it past; 46 KB then; 46.5 KB when one quiet notice for every kind of malformed record,
   * whole entry pages around them, and `image-hosts` (issue 12 again) added 0.4 KB; 47 KB since the
   * error tree carries what the server said (ConfigError, RateLimitError, the parsed API error,
   * Retry-After as a date too: issue 13), 0.5 KB, in a chunk of its own that the forms load only
   * with an error answer; 47.5 KB since code written once and shared across elements (API URLs,
   * form rules, list keys, file sizes: issue 13 again) sits in small shared chunks, 0.2 KB; 49 KB
   * since the citizen's path on phone and desktop (issue 11: an area's address and focus, the tree
   * kept on screen, scroll shades, hover only where a pointer hovers) added 0.6 KB and the tree and
   * the column split into one job per file (issue 13: the model's and controllers' method names,
   * the views' arguments) 0.9 KB, measured against a build of the commit before; 49.5 KB since what
   * a tap or a link leads to comes on screen on a phone (shared links, 我要看, 搜索, the map's
   * switch), the kiosk keeps its visitors, and the visitor's settings are shared with the forms
   * (issue 11), 0.5 KB; 50 KB since a neighbour's column shown in place says whose it is and leads
   * back, the search box has a full-size clear button, the list of 公开信息 is no taller than its
   * rows (issue 11, from a citizen's review) and every request makes its attempt through one shared
   * module (issue 13), 0.7 KB, of which moving the entry page into a chunk loaded with the first
   * entry opened won back 0.5 KB; 50.5 KB since an area tile of the home opens that area rather
   * than the entry read before, and a column in path mode loads the controller that keeps the
   * page's title in step (issue 16, from a citizen's review), 0.07 KB, the controller itself in a
   * chunk of its own; 51 KB since, in path mode, a policy and an area show at their static pages'
   * addresses, Back to an entry brings it on screen, the map follows a county's link to its own
   * pages, and each level of a phone's drill-down is an address and a step for Back (issue 16,
   * from a second citizen's review), 0.3 KB measured against the commit
   * before, the policy and area views in chunks of their own. (The staff desk, built apart from
   * the public elements, splits none of their chunks: shared, it cost the column 0.6 KB.)
   */
  column: 51 * 1024,
  /**
   * `<gov-feedback>` alone: 20 KB until its submissions went through the SDK (the outbox knows
   * where each write goes, and why the server refused one, in the citizen's words: issue 13); 20.5 KB since;
   * 21 KB since the forms share one base (GovFormElement: the shell of both forms, the refused
   * fields marked, the status focused for the request too) and the feedback's draft and fields have
   * files of their own (issue 13 again), 0.5 KB, which a page with both forms gets back; 21.5 KB
   * since a form on a page of its own follows the visitor's settings kept on the device (issue 11);
   * 21 KB again since the form checks with the schema the server uses and finds personal data in
   * a chunk it loads at the citizen's first touch (issue 13), which took 0.6 KB off the first download.
   */
  feedback: 21 * 1024,
  ledBoard: 15 * 1024,
};

/**
 * The column's cost: everything it loads to show the catalogue with an item open, as one gzip: its
 * entry's closure and the item view's (with the sanitiser and the actions), which it imports when
 * an item is opened. Other sections (map, policies), the search engine, other locales and the
 * 繁體 table load on demand and are listed apart.
 */
export function columnCost(): { files: string[]; total: number; lazy: Record<string, number> } {
  const column = cost('elements/gov-disclosure-column.js');
  const view = cost('elements/gov-item-view.js');
  const files = [...new Set([...column.files, ...view.files])];
  const total = gzipSync(Buffer.concat(files.map((f) => readFileSync(join(CDN, f)))), { level: 9 }).length;
  const lazy = Object.fromEntries(Object.entries({ ...column.lazy, ...view.lazy }).filter(([f]) => !files.includes(f)));
  return { files, total, lazy };
}
