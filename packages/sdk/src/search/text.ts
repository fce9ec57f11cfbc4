/**
 * Text as the index sees it. Chinese has no spaces between words, so whitespace tokenising
 * cannot find 低保 in 城乡低保资金: every pair of adjacent characters (a bigram) is indexed instead,
 * and a word matches a document that holds all of its bigrams.
 */

/** A 繁→简 character table: traditional character → simplified. */
export type Fold = ReadonlyMap<string, string>;

/** Reads the pairs of a lexicon's `fold` string ("義义務务…") into a table. */
export function foldTable(pairs: string | undefined): Fold {
  const table = new Map<string, string>();
  const chars = [...(pairs ?? '')];
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  return table;
}

/** Lower case, full-width forms folded (ＡＢＣ１ → abc1, 　 → space), 繁體 to 简体 where a table is given. */
export function normalise(text: string, fold?: Fold): string {
  const plain = text.normalize('NFKC').toLowerCase();
  if (!fold?.size) return plain;
  let out = '';
  for (const c of plain) out += fold.get(c) ?? c;
  return out;
}

const BREAK = /[\s\p{P}\p{S}]+/u;

/** The runs of characters between spaces and punctuation. */
export function segments(text: string, fold?: Fold): string[] {
  return normalise(text, fold).split(BREAK).filter(Boolean);
}

/** The distinct bigrams of a text (a one-character run gives none). */
export function bigrams(text: string, fold?: Fold): Set<string> {
  const grams = new Set<string>();
  for (const segment of segments(text, fold)) {
    const chars = [...segment];
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  }
  return grams;
}

/** The terms a word is looked up by: its bigrams, or the character itself when it is one. */
export function termsOf(word: string): string[] {
  const chars = [...word];
  if (chars.length === 1) return chars;
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return [...out];
}

/** FNV-1a over UTF-16 code units: which posting shard a term is in. */
export function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 16777619);
  return h >>> 0;
}
