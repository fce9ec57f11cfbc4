/**
 * Text as the index sees it. Chinese has no spaces between words, so whitespace tokenising
 * cannot find 低保 in 城乡低保资金: every pair of adjacent characters (a bigram) is indexed instead,
 * and a query matches documents that hold all of its bigrams and then its exact text.
 */

/** Lower case, full-width forms folded (ＡＢＣ１ → abc1). */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const BREAK = /[\s\p{P}\p{S}]+/u;

/** The runs of characters between spaces and punctuation. */
export function segments(text: string): string[] {
  return normalise(text).split(BREAK).filter(Boolean);
}

/** The distinct bigrams of a text (a one-character run gives none). */
export function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const segment of segments(text)) {
    const chars = [...segment];
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  }
  return grams;
}
