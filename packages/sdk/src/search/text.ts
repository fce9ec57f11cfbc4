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

/**
 * Words the index posts whole as well as by their bigrams: the lexicon's words of `from` or more
 * characters (公共租赁住房, 最低生活保障), by their first two characters. A query of such a word
 * then reads one posting list, in one shard, not one per bigram.
 */
export type WholeWords = ReadonlyMap<string, readonly string[]>;

export function wholeWords(words: Iterable<string>, from: number): WholeWords {
  const out = new Map<string, string[]>();
  for (const word of new Set(words)) {
    const chars = [...word];
    if (chars.length < from) continue;
    const start = chars[0]! + chars[1]!;
    out.set(
      start,
      [...(out.get(start) ?? []), word].sort((a, b) => b.length - a.length),
    );
  }
  return out;
}

/** The distinct bigrams of a text (a one-character run gives none), and every whole word in it. */
export function bigrams(text: string, fold?: Fold, whole?: WholeWords): Set<string> {
  const grams = new Set<string>();
  for (const segment of segments(text, fold)) {
    const chars = [...segment];
    for (let i = 0, at = 0; i + 1 < chars.length; at += chars[i]!.length, i++) {
      const gram = chars[i]! + chars[i + 1]!;
      grams.add(gram);
      for (const word of whole?.get(gram) ?? []) if (segment.startsWith(word, at)) grams.add(word);
    }
  }
  return grams;
}

/**
 * The keys a word or phrase (normalised) is looked up by: its bigrams, or the character itself when
 * it is one; where a whole word of the index starts (the longest), that word instead of the
 * bigrams inside it. A document holding the text holds every key.
 */
export function keysOf(text: string, whole?: WholeWords): string[] {
  const chars = [...text];
  if (chars.length === 1) return chars;
  const out = new Set<string>();
  // Bigrams starting before `inside` lie within a word already taken.
  let inside = 0;
  for (let i = 0, at = 0; i + 1 < chars.length; at += chars[i]!.length, i++) {
    const gram = chars[i]! + chars[i + 1]!;
    const word = i >= inside ? whole?.get(gram)?.find((w) => text.startsWith(w, at)) : undefined;
    if (word) {
      out.add(word);
      inside = i + [...word].length - 1;
    } else if (i >= inside) out.add(gram);
  }
  return [...out];
}

/** FNV-1a over UTF-16 code units: which posting shard a term is in. */
export function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 16777619);
  return h >>> 0;
}
