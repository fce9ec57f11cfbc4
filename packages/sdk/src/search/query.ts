import type { SearchHit, SearchIndex, SearchResults } from './schema.js';
import { bigrams, normalise, segments } from './text.js';

interface Prepared {
  lists: Map<string, Uint32Array>;
  normal: string[];
  names: Map<string, string>;
}

const prepared = new WeakMap<SearchIndex, Prepared>();

function prepare(index: SearchIndex): Prepared {
  let p = prepared.get(index);
  if (!p) {
    const names = new Map<string, string>();
    for (let doc = 0; doc < index.kind.length; doc++) if (index.kind[doc] === 'i') names.set(index.item[doc]!, index.text[doc]!);
    p = { lists: new Map(), normal: index.text.map(normalise), names };
    prepared.set(index, p);
  }
  return p;
}

/** A bigram's documents, decoded from gaps on first use. */
function list(index: SearchIndex, p: Prepared, gram: string): Uint32Array {
  let docs = p.lists.get(gram);
  if (!docs) {
    const gaps = index.grams[gram]?.split(',') ?? [];
    docs = new Uint32Array(gaps.length);
    let doc = 0;
    for (let i = 0; i < gaps.length; i++) docs[i] = doc += parseInt(gaps[i]!, 36);
    p.lists.set(gram, docs);
  }
  return docs;
}

function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      out[n++] = a[i]!;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out.subarray(0, n);
}

const KIND_NAME = { i: 'item', e: 'element', t: 'entry' } as const;

/**
 * Searches an index: documents that hold every bigram of the query, then its exact text; item
 * names first, then element text, then entries newest first. A one-character query scans.
 * The first search of an index prepares it (normalised text, item names); later ones reuse that.
 */
export function prepareIndex(index: SearchIndex): void {
  prepare(index);
}

export function searchIndex(index: SearchIndex, query: string, limit = 50): SearchResults {
  const p = prepare(index);
  const parts = segments(query);
  if (!parts.length) return { query, total: 0, hits: [] };
  const grams = [...bigrams(query)];
  let candidates: Iterable<number>;
  if (grams.length) {
    const lists = grams.map((gram) => list(index, p, gram)).sort((a, b) => a.length - b.length);
    let docs = lists[0]!;
    for (let i = 1; i < lists.length && docs.length; i++) docs = intersect(docs, lists[i]!);
    candidates = docs;
  } else {
    candidates = index.text.keys();
  }
  const matched: number[] = [];
  for (const doc of candidates) {
    const text = p.normal[doc]!;
    if (parts.every((part) => text.includes(part))) matched.push(doc);
  }
  // Candidates come in document order, which is the order of the results (see the builder).
  if (!grams.length) matched.sort((a, b) => a - b);
  const hits = matched.slice(0, limit).map((doc): SearchHit => {
    const kind = index.kind[doc] as 'i' | 'e' | 't';
    const item = index.item[doc]!;
    const hit: SearchHit = { kind: KIND_NAME[kind], area: index.areas[index.area[doc]!]!, item, itemName: p.names.get(item) ?? item, text: index.text[doc]! };
    if (kind === 't') {
      hit.entry = `${item}~${index.entry[doc]}`;
      if (index.date[doc]) hit.date = index.date[doc];
    }
    return hit;
  });
  return { query, total: matched.length, hits };
}
