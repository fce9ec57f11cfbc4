/**
 * The search engine over a sharded index: reads a query, fetches the posting shards of its terms,
 * ranks every matching document, counts facets, and fetches the records of the page it shows.
 * It reads files through a loader, so the browser (over HTTP), the server and the CLI (from disk)
 * rank with the same code.
 */
import { prepareLexicon, understand, warmSegmenter, type PreparedLexicon, type QueryTerm } from './lexicon.js';
import { GROUP_SPAN, SEARCH_KINDS, type EntryRecord, type ItemRecord, type Lexicon, type PostingShard, type SearchFilters, type SearchHit, type SearchMeta, type SearchResults } from './schema.js';
import { normalise, termHash, termsOf } from './text.js';
import { decode, FIELD_COUNT, monthOf, wordLists, type Lists } from './postings.js';

/** How the engine reads the index's files. */
export interface IndexReader {
  meta: SearchMeta;
  lexicon: Lexicon | undefined;
  /** Posting shard `n`. */
  shard(n: number): Promise<PostingShard>;
  /** A record chunk of group `g`. */
  items(g: number, chunk: number): Promise<ItemRecord[]>;
  entries(g: number, chunk: number): Promise<EntryRecord[]>;
}

export interface SearchOptions extends SearchFilters {
  /** Hits per page. Default 20. */
  limit?: number;
  offset?: number;
}

/** The fields a document can match in, best first. */
const NAME = 0;
const PARENT = 1;
const ELEMENTS = 2;
const TITLE = 3;
const BASIS = 4;

interface Candidate {
  /** Item (false) or entry (true). */
  entry: boolean;
  id: number;
  /** Per query term: the best field it matched in (or -1), and whether literally. */
  field: Int8Array;
  literal: Uint8Array;
  phrase: boolean;
  /** Sort fields, filled once. */
  covered: number;
  /** 0 name or place, 1 elements, 2 entry title, 3 only 依据/主体. */
  rank: number;
  fieldSum: number;
  literals: number;
  month: number;
}

/**
 * Ranks: more of the query covered above less; an item's name or place above its elements above
 * entry titles above the laws and offices items cite; within each, the whole query as a phrase
 * above scattered words, the better fields, the citizen's own words above synonyms; then items in
 * catalogue order and entries newest first (by month across areas, exactly within one).
 */
function compare(a: Candidate, b: Candidate): number {
  return (
    b.covered - a.covered ||
    a.rank - b.rank ||
    Number(b.phrase) - Number(a.phrase) ||
    a.fieldSum - b.fieldSum ||
    b.literals - a.literals ||
    (a.entry ? b.month - a.month || Math.floor(a.id / GROUP_SPAN) - Math.floor(b.id / GROUP_SPAN) || b.id - a.id : a.id - b.id)
  );
}

/** The part of a long text around the first of the words, with ellipses. */
export function excerpt(text: string, words: readonly string[], size = 40): string {
  const folded = normalise(text);
  const at = words.map((w) => folded.indexOf(w)).filter((i) => i >= 0).sort((x, y) => x - y)[0] ?? -1;
  if (text.length <= size) return text;
  const start = at < 0 ? 0 : Math.max(0, at - 12);
  return `${start ? '…' : ''}${text.slice(start, start + size)}${start + size < text.length ? '…' : ''}`;
}

/** Searches a sharded index. */
export async function runSearch(reader: IndexReader, query: string, options: SearchOptions = {}): Promise<SearchResults> {
  const { meta } = reader;
  const limit = Math.max(1, Math.min(100, options.limit ?? 20));
  const offset = Math.max(0, options.offset ?? 0);
  const lexicon: PreparedLexicon = prepareLexicon(reader.lexicon);
  const { terms, phrases } = understand(query, lexicon);
  if (!terms.length) return { query, total: 0, offset, hits: [] };

  // Every term of every form of every word, and of the phrases; each shard fetched once.
  const needed = new Set<string>();
  for (const t of terms) for (const v of t.lookup) for (const term of termsOf(v)) needed.add(term);
  for (const p of phrases) for (const term of termsOf(p)) needed.add(term);
  const shardOf = (term: string) => termHash(term) & (meta.shards - 1);
  const shardNumbers = [...new Set([...needed].map(shardOf))];
  const shards = new Map(await Promise.all(shardNumbers.map(async (n) => [n, await reader.shard(n)] as const)));
  const postings = new Map<string, Lists>();
  for (const term of needed) {
    const raw = shards.get(shardOf(term))?.[term];
    if (raw) postings.set(term, raw.map(decode) as Lists);
  }

  const candidates = new Map<number, Candidate>();
  const key = (entry: boolean, id: number) => (entry ? -1 - id : id);
  const candidate = (entry: boolean, id: number): Candidate => {
    let c = candidates.get(key(entry, id));
    if (!c) {
      c = { entry, id, field: new Int8Array(terms.length).fill(-1), literal: new Uint8Array(terms.length), phrase: false, covered: 0, rank: 0, fieldSum: 0, literals: 0, month: 0 };
      candidates.set(key(entry, id), c);
    }
    return c;
  };
  terms.forEach((term: QueryTerm, t) => {
    term.lookup.forEach((variant, v) => {
      const lists = wordLists(variant, postings);
      for (let f = 0; f < FIELD_COUNT; f++) {
        // A single character is indexed in item names only.
        if (term.single && f !== NAME) continue;
        for (const id of lists[f]!) {
          const c = candidate(f === TITLE, id);
          const prev = c.field[t]!;
          if (prev === -1 || f < prev) {
            c.field[t] = f;
            c.literal[t] = v === 0 ? 1 : 0;
          } else if (f === prev && v === 0) c.literal[t] = 1;
        }
      }
    });
  });
  for (const phrase of phrases) {
    const lists = wordLists(phrase, postings);
    for (let f = 0; f < FIELD_COUNT; f++) {
      for (const id of lists[f]!) {
        // The phrase holds every word, single characters too.
        const c = candidate(f === TITLE, id);
        c.phrase = true;
        terms.forEach((_, t) => {
          if (c.field[t] === -1 || f < c.field[t]!) c.field[t] = f;
        });
      }
    }
  }

  // Every word is required but single characters; where no document has them all, the best partial.
  const allSingle = terms.every((t) => t.single);
  const required = allSingle ? terms.length : terms.filter((t) => !t.single).length;
  let best = 0;
  for (const c of candidates.values()) {
    let covered = 0;
    let fieldSum = 0;
    let literals = 0;
    terms.forEach((term, t) => {
      if (c.field[t]! < 0) {
        fieldSum += BASIS + 1;
        return;
      }
      if (!term.single || allSingle) covered++;
      fieldSum += c.field[t]!;
      literals += c.literal[t]!;
    });
    if (terms.length === 1) c.phrase = covered > 0;
    c.covered = covered;
    c.rank = c.entry ? 2 : c.field.some((f) => f === NAME || f === PARENT) ? 0 : c.field.some((f) => f === ELEMENTS) ? 1 : 3;
    c.fieldSum = fieldSum;
    c.literals = literals;
    if (c.entry) c.month = monthOf(meta, Math.floor(c.id / GROUP_SPAN), c.id % GROUP_SPAN);
    best = Math.max(best, covered);
  }
  const partial = best > 0 && best < required;
  const matched = [...candidates.values()].filter((c) => (partial ? c.covered > 0 : c.covered >= required));

  // Facets over every match, before narrowing.
  const kindOf = (c: Candidate): SearchHit['kind'] => (c.entry ? 'entry' : c.rank === 0 ? 'item' : 'element');
  const count = (map: Map<string, number>, value: string) => map.set(value, (map.get(value) ?? 0) + 1);
  const areaCounts = new Map<string, number>();
  const kindCounts = new Map<string, number>();
  const yearCounts = new Map<string, number>();
  const jurisdictionCounts = new Map<string, number>();
  const groupOf = (c: Candidate) => meta.groups[Math.floor(c.id / GROUP_SPAN)]!;
  for (const c of matched) {
    const g = groupOf(c);
    count(areaCounts, meta.areas[g.a]!.id);
    count(kindCounts, kindOf(c));
    if (c.entry) count(yearCounts, String(Math.floor(c.month / 100)));
    count(jurisdictionCounts, meta.jurisdictions[g.j]!.code);
  }
  const narrowed = matched.filter((c) => {
    const g = groupOf(c);
    return (
      (!options.area || meta.areas[g.a]!.id === options.area) &&
      (!options.kind || kindOf(c) === options.kind) &&
      (!options.year || (c.entry && String(Math.floor(c.month / 100)) === options.year)) &&
      (!options.jurisdiction || meta.jurisdictions[g.j]!.code === options.jurisdiction)
    );
  });
  narrowed.sort(compare);
  const page = narrowed.slice(offset, offset + limit);

  const highlight = [...new Set(terms.flatMap((t) => t.variants).concat(phrases))].sort((a, b) => b.length - a.length);
  const hits = await Promise.all(page.map((c) => hitOf(reader, c, kindOf(c), highlight)));
  const areaName = new Map(meta.areas.map((a) => [a.id, a.name]));
  const sorted = (map: Map<string, number>, label?: (v: string) => string | undefined) =>
    [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value, n]) => ({ value, count: n, ...(label?.(value) ? { label: label(value)! } : {}) }));
  const jurisdictionName = new Map(meta.jurisdictions.map((j) => [j.code, j.name]));
  const results: SearchResults = {
    query,
    total: narrowed.length,
    offset,
    hits,
    terms: highlight,
    facets: {
      area: sorted(areaCounts, (v) => areaName.get(v)),
      kind: SEARCH_KINDS.filter((k) => kindCounts.has(k)).map((k) => ({ value: k, count: kindCounts.get(k)! })),
      year: [...yearCounts].sort((a, b) => (a[0] < b[0] ? 1 : -1)).map(([value, n]) => ({ value, count: n })),
      ...(meta.jurisdictions.length > 1 ? { jurisdiction: sorted(jurisdictionCounts, (v) => jurisdictionName.get(v)) } : {}),
    },
  };
  if (partial) results.partial = true;
  if (!matched.length) results.suggestions = suggest(terms, meta, lexicon);
  warmSegmenter();
  return results;
}

async function hitOf(reader: IndexReader, c: Candidate, kind: SearchHit['kind'], words: string[]): Promise<SearchHit> {
  const { meta } = reader;
  const g = Math.floor(c.id / GROUP_SPAN);
  const local = c.id % GROUP_SPAN;
  const group = meta.groups[g]!;
  const area = meta.areas[group.a]!;
  const chunk = Math.floor(local / meta.recordSize);
  const jurisdiction = meta.jurisdictions.length > 1 ? { jurisdiction: meta.jurisdictions[group.j]! } : {};
  if (c.entry) {
    const record = (await reader.entries(g, chunk))[local % meta.recordSize]!;
    const item = record.e.slice(0, record.e.lastIndexOf('~'));
    return { kind, area: area.id, item, itemName: record.p[record.p.length - 1] ?? item, path: [area.name, ...record.p], entry: record.e, text: record.t, date: record.d, ...jurisdiction };
  }
  const record = (await reader.items(g, chunk))[local % meta.recordSize]!;
  const hit: SearchHit = { kind, area: area.id, item: record.i, itemName: record.n, path: [area.name, ...record.p, record.n], text: record.n, ...jurisdiction };
  if (kind === 'element') hit.snippet = excerpt(record.x, words);
  return hit;
}

/** When nothing matched: each word's other forms, and areas whose names share a word's characters. */
function suggest(terms: QueryTerm[], meta: SearchMeta, lexicon: PreparedLexicon): NonNullable<SearchResults['suggestions']> {
  const words = [...new Set(terms.flatMap((t) => t.variants.slice(1)).concat(terms.length > 1 ? terms.map((t) => t.text) : []))].slice(0, 6);
  const chars = new Set(terms.flatMap((t) => [...t.text]));
  const scored = meta.areas
    .map((a) => ({ id: a.id, name: a.name, score: [...normalise(a.name, lexicon.fold)].filter((c) => chars.has(c)).length }))
    .filter((a) => a.score > 0)
    .sort((a, b) => b.score - a.score);
  return { words, areas: scored.slice(0, 4).map(({ id, name }) => ({ id, name })) };
}
