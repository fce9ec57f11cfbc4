import type { CatalogueItem } from '../schemas/catalogue.js';
import type { DisclosureEntry } from '../schemas/entry.js';
import type { SearchIndex } from './schema.js';
import { bigrams } from './text.js';

/** The text of an item's elements that search covers: 公开内容, 公开依据, 公开主体, 公开时限. */
function elementText(item: CatalogueItem): string {
  return [item.elements?.map((e) => e.name).join('、'), item.basis, item.responsible, item.deadline?.text].filter(Boolean).join(' ');
}

/**
 * Builds the search index of a catalogue: item names, element text and entry titles. Used by the
 * bundle builder (and so by `gov-disclosure build`); the elements query it with `searchIndex`.
 */
export function buildSearchIndex(items: readonly CatalogueItem[], entries: readonly DisclosureEntry[] = []): SearchIndex {
  const index: SearchIndex = { version: 1, areas: [], kind: '', area: [], item: [], entry: [], text: [], date: [], grams: {} };
  const areaIndex = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const kinds: string[] = [];
  const areaOf = new Map(items.map((item) => [item.id, item.area]));
  const add = (kind: 'i' | 'e' | 't', area: string, item: string, entry: number, text: string, date: string) => {
    if (!text) return;
    const doc = kinds.length;
    let a = areaIndex.get(area);
    if (a === undefined) {
      a = index.areas.push(area) - 1;
      areaIndex.set(area, a);
    }
    kinds.push(kind);
    index.area.push(a);
    index.item.push(item);
    index.entry.push(entry);
    index.text.push(text);
    index.date.push(date);
    for (const gram of bigrams(text)) {
      const list = postings.get(gram);
      if (list) list.push(doc);
      else postings.set(gram, [doc]);
    }
  };
  // Documents go in the order results are shown, so that a query needs no sort.
  for (const item of items) add('i', item.area, item.id, 0, item.name, '');
  for (const item of items) add('e', item.area, item.id, 0, elementText(item), '');
  const newest = [...entries].sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : a.publishedAt > b.publishedAt ? -1 : 0));
  for (const entry of newest) {
    const n = Number(entry.id.slice(entry.id.lastIndexOf('~') + 1));
    add('t', areaOf.get(entry.item) ?? '', entry.item, Number.isInteger(n) ? n : 0, entry.title, entry.publishedAt);
  }
  index.kind = kinds.join('');
  for (const [gram, docs] of postings) {
    // Documents were added in order, so each list is sorted: store the gaps.
    index.grams[gram] = docs.map((doc, i) => (i ? doc - docs[i - 1]! : doc).toString(36)).join(',');
  }
  return index;
}
