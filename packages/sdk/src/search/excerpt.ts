/** A hit's snippet: the part of a long text around the first of the query's words. */
import { normalise } from './text.js';

/** The part of a long text around the first of the words, with ellipses. */
export function excerpt(text: string, words: readonly string[], size = 40): string {
  const folded = normalise(text);
  const at =
    words
      .map((w) => folded.indexOf(w))
      .filter((i) => i >= 0)
      .sort((x, y) => x - y)[0] ?? -1;
  if (text.length <= size) return text;
  const start = at < 0 ? 0 : Math.max(0, at - 12);
  return `${start ? '…' : ''}${text.slice(start, start + size)}${start + size < text.length ? '…' : ''}`;
}
