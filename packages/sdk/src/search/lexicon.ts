/**
 * The citizen's words: what people type for the standard's areas and common items, mapped to the
 * names a catalogue uses. Shipped with the SDK; a site adds its own groups in its catalogue
 * (`synonyms`), and the bundle builder writes both, with a 繁→简 table, into the bundle's lexicon.
 */
import type { Lexicon } from './schema.js';
import { foldTable, normalise, segments, type Fold } from './text.js';

/** Groups of words that mean the same to a citizen. The first is the standard's name where there is one. */
export const DEFAULT_SYNONYMS: readonly (readonly string[])[] = [
  ['最低生活保障', '低保', '城乡低保', '低保户', '低保金', '最低生活保障金'],
  ['特困人员救助供养', '特困', '特困人员', '特困供养', '五保', '五保户', '五保供养'],
  ['基本医疗保险', '医保', '医疗保险', '医疗保障'],
  ['社会保险', '社保'],
  ['社会保障卡', '社保卡'],
  ['城乡居民养老保险', '居民养老保险', '城居保', '新农保'],
  ['养老金', '退休金'],
  ['失业保险金', '失业金'],
  ['公共租赁住房', '公租房', '公租住房'],
  ['廉租住房', '廉租房'],
  ['棚户区改造', '棚改'],
  ['农村危房改造', '危房改造', '危改'],
  ['义务教育', '义教'],
  ['招生', '入学'],
  ['高龄津贴', '高龄补贴'],
  ['农机购置补贴', '农机补贴'],
  ['耕地地力保护补贴', '地力补贴'],
  ['环境影响评价', '环评'],
  ['非物质文化遗产', '非遗'],
  ['住房公积金', '公积金'],
  ['征收土地', '征地'],
  ['房屋征收', '拆迁'],
  ['居民身份证', '身份证'],
  ['户籍', '户口'],
  ['户口迁移', '落户', '迁户口'],
  ['乡村振兴', '扶贫', '脱贫攻坚'],
  ['双随机一公开', '双随机'],
  ['食品药品', '食药'],
  ['城市管理', '城管'],
  ['三公经费', '三公'],
  ['预算决算', '预决算'],
  ['公共交通', '公交'],
  ['生活垃圾分类', '垃圾分类'],
  ['自然灾害救助', '救灾'],
  ['安全生产', '安监'],
  ['法律援助', '法援'],
  ['社会稳定风险评估', '稳评'],
  ['建设工程规划许可', '规划许可证'],
];

/** One word of a query and the forms it may take in the data. */
export interface QueryTerm {
  /** As typed (normalised). */
  text: string;
  /** `text` first, then its synonyms. */
  variants: string[];
  /**
   * The forms looked up: `text` and the synonyms that hold no other form (a document with 城乡低保
   * or 低保户 holds 低保: looking up 低保 finds them all, and fetches fewer shards).
   */
  lookup: string[];
  /** A single character: looked up in item names only, and not required of other documents. */
  single: boolean;
}

/** A query as the engine reads it. */
export interface Understood {
  terms: QueryTerm[];
  /** The whole query written together, with each word in each of its forms (at most 16). */
  phrases: string[];
}

/** Characters that carry no meaning on their own in a query. */
const STOP = new Set([...'的了和与及或之在等是对于']);

/** A lexicon ready to use: the fold table and, for every word, its group. */
export interface PreparedLexicon {
  fold: Fold;
  groups: Map<string, string[]>;
  /** Every word of every group, longest first (for longest-match scanning). */
  words: string[];
}

const prepared = new WeakMap<Lexicon, PreparedLexicon>();

export function prepareLexicon(lexicon: Lexicon = { synonyms: DEFAULT_SYNONYMS as string[][] }): PreparedLexicon {
  let p = prepared.get(lexicon);
  if (p) return p;
  const fold = foldTable(lexicon.fold);
  const groups = new Map<string, string[]>();
  for (const raw of lexicon.synonyms) {
    const group = [...new Set(raw.map((w) => segments(w, fold).join('')).filter(Boolean))];
    for (const word of group) groups.set(word, [...new Set([...(groups.get(word) ?? [word]), ...group])]);
  }
  p = { fold, groups, words: [...groups.keys()].sort((a, b) => b.length - a.length) };
  prepared.set(lexicon, p);
  return p;
}

/** Merges site groups into the defaults: a word in both joins the two groups. */
export function mergeSynonyms(...sets: (readonly (readonly string[])[] | undefined)[]): string[][] {
  const out: string[][] = [];
  for (const set of sets) {
    for (const group of set ?? []) {
      const joined = out.find((g) => group.some((w) => g.includes(w)));
      if (joined) for (const w of group) !joined.includes(w) && joined.push(w);
      else out.push([...group]);
    }
  }
  return out;
}

let segmenter: Intl.Segmenter | null | undefined;

/**
 * The word segmenter, made on first use: building its dictionary costs 50 ms (200 ms on a slow
 * phone), which a query of one known word (低保) need not pay. `warmSegmenter` makes it when idle.
 */
function segmenterOnce(): Intl.Segmenter | null {
  if (segmenter === undefined) segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}

/** Makes the word segmenter when the browser is idle, so that a later query does not wait for it. */
export function warmSegmenter(): void {
  if (segmenter !== undefined) return;
  const idle = (globalThis as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback;
  if (idle) idle(() => segmenterOnce());
}

/** Splits a run of plain text into words: by the dictionary of Intl.Segmenter where there is one. */
function words(run: string): string[] {
  if (!run) return [];
  // Two characters are one word: no dictionary needed.
  const pieces = [...run].length > 2 && segmenterOnce() ? [...segmenterOnce()!.segment(run)].map((s) => s.segment) : [run];
  const out: string[] = [];
  for (const piece of pieces) {
    const chars = [...piece];
    if (chars.length === 1 && STOP.has(piece)) continue;
    // A lone character (年 of 2026年, 房 of 廉租房) belongs with the word before it.
    if (chars.length === 1 && out.length && !STOP.has(piece)) out[out.length - 1] += piece;
    else out.push(piece);
  }
  return out;
}

/**
 * Reads a query: folds width, case and 繁體, finds the lexicon's words in it (longest first, and
 * a typed prefix of three or more characters, 最低生活 of 最低生活保障), splits the rest into
 * words, and gives each word its synonyms.
 */
export function understand(query: string, lexicon: PreparedLexicon = prepareLexicon()): Understood {
  const terms: QueryTerm[] = [];
  const push = (text: string, variants: string[] = [text]) => {
    if (terms.some((t) => t.text === text)) return;
    const all = [text, ...variants.filter((v) => v !== text)];
    const lookup = all.filter((v, i) => i === 0 || !all.some((other, j) => j !== i && other !== v && v.includes(other)));
    terms.push({ text, variants: all, lookup, single: [...text].length === 1 });
  };
  for (const segment of segments(query, lexicon.fold)) {
    let plain = '';
    const flush = () => {
      for (const word of words(plain)) push(word, lexicon.groups.get(word));
      plain = '';
    };
    for (let at = 0; at < segment.length;) {
      const rest = segment.slice(at);
      const whole = lexicon.words.find((w) => rest.startsWith(w));
      let typed = whole;
      let group = whole ? lexicon.groups.get(whole) : undefined;
      // A word typed in part (最低生活 of 最低生活保障): the longest start of three or more characters.
      for (let len = rest.length; !whole && len >= 3; len--) {
        const start = rest.slice(0, len);
        const word = lexicon.words.find((w) => w.length > len && w.startsWith(start));
        if (word) {
          typed = start;
          group = lexicon.groups.get(word);
          break;
        }
      }
      if (typed) {
        flush();
        push(typed, group);
        at += typed.length;
      } else {
        plain += segment[at];
        at++;
      }
    }
    flush();
  }
  let phrases = [''];
  for (const term of terms) {
    phrases = phrases.flatMap((p) => term.lookup.map((v) => p + v)).slice(0, 16);
  }
  return { terms, phrases: terms.length > 1 ? phrases : [] };
}

/**
 * Whether a name matches a query the way search does: every word (in one of its forms) is in it.
 * For filters over names already in memory, such as the catalogue tree's.
 */
export function nameMatcher(query: string, lexicon: PreparedLexicon = prepareLexicon()): (name: string) => boolean {
  const { terms } = understand(query, lexicon);
  if (!terms.length) return () => true;
  return (name) => {
    const text = normalise(name, lexicon.fold);
    return terms.every((t) => t.variants.some((v) => text.includes(v)));
  };
}
