/**
 * Builds the sharded search index of a bundle (Node only: exported from `@gov-disclosure/sdk/bundle`).
 * A query downloads the meta, the lexicon, the posting shards of its own terms (with the records
 * of their first hits) and the record chunks of any other hits it shows, nothing else. See `SearchMeta` for the layout.
 */
import { createHash } from 'node:crypto';
import type { CatalogueItem } from '../schemas/catalogue.js';
import type { DisclosureEntry } from '../schemas/entry.js';
import { DEFAULT_SYNONYMS, mergeSynonyms } from './lexicon.js';
import { GROUP_SPAN, type EntryRecord, type ItemRecord, type Lexicon, type SearchGroup, type SearchMeta } from './schema.js';
import { bigrams, segments, wholeWords, type Fold } from './text.js';
import { buildShards, digestOf, INLINE_PER_TERM, month, type ShardDocs } from './build-shards.js';
import { changedTerms, FIELDS, mergePacked, pack, type GroupMemo, type SearchMemo } from './build-memo.js';
import { TITLE } from './rank.js';

/** One jurisdiction's documents. A city's merged index has several. */
export interface IndexSource {
  jurisdiction: { code: string; name: string };
  areas: readonly { id: string; name: string }[];
  items: readonly CatalogueItem[];
  entries?: readonly DisclosureEntry[];
}

export interface SearchBuildOptions {
  /** A site's own synonym groups, added to the SDK's. */
  synonyms?: readonly (readonly string[])[];
  /** 繁→简 character table; only the pairs whose simplified character the index holds are written. */
  fold?: Fold;
  /** Records per record chunk. Default 64. */
  recordSize?: number;
  /** Bytes of postings a shard aims at (the shard count is a power of two). Default 8 KiB. */
  shardBytes?: number;
  /** Entry lists longer than `from` keep their `head` newest entries in the shard and the rest in a tail file (see tails.ts). Default 2,048 and 1,024. */
  tails?: { from: number; head: number };
  /**
   * The postings of groups (one area of one jurisdiction) an earlier build made, by a hash of all
   * they are made from: a group found here is not tokenised again (the CLI keeps them between
   * builds, so that a rebuild after one entry changed reads 200,000 titles once, not twice).
   */
  memo?: SearchMemo;
}

export interface BuiltSearch {
  /** Path of the meta, relative to the bundle root. */
  meta: string;
  /** Path of the lexicon, relative to the bundle root. */
  lexicon: string;
  /** Every file, by path relative to the bundle root. */
  files: Map<string, string>;
}

/** The text of an item's elements that search covers: 公开内容, 公开依据, 公开主体, 公开时限. */
export function elementText(item: CatalogueItem): string {
  return [item.elements?.map((e) => e.name).join('、'), item.basis, item.responsible, item.deadline?.text].filter(Boolean).join(' ');
}

/** An item's 公开内容 elements, as one text. */
const elementNames = (item: CatalogueItem) => item.elements?.map((e) => e.name).join('、') ?? '';

/** The lexicon's words of this many characters or more are posted whole too (see text.ts's `WholeWords`). */
const WHOLE_FROM = 3;

/** Changed whenever what a group's postings are made of changes, so that an older memo is not used. */
const MEMO_VERSION = 1;

/** Items sharing a name (or a list of elements) at least this often have a generic one (see `FIELDS`). */
const GENERIC = 10;

/** Items of one area in catalogue order: each 一级 item followed by its children, by `seq`. */
function catalogueOrder(items: readonly CatalogueItem[]): CatalogueItem[] {
  const children = new Map<string | undefined, CatalogueItem[]>();
  const ids = new Set(items.map((i) => i.id));
  for (const item of items) {
    const parent = item.parent && ids.has(item.parent) ? item.parent : undefined;
    const list = children.get(parent) ?? [];
    list.push(item);
    children.set(parent, list);
  }
  const bySeq = (a: CatalogueItem, b: CatalogueItem) => (a.seq ?? 0) - (b.seq ?? 0) || (a.id < b.id ? -1 : 1);
  const out: CatalogueItem[] = [];
  const walk = (parent: string | undefined) => {
    for (const item of (children.get(parent) ?? []).sort(bySeq)) {
      out.push(item);
      walk(item.id);
    }
  };
  walk(undefined);
  return out;
}

function nextMonth(ym: number): number {
  return ym % 100 === 12 ? ym + 89 : ym + 1;
}

/**
 * Builds the index over one or more jurisdictions (a city's column merges its counties', so that a
 * search over ten columns costs what one costs).
 */
export function buildSearch(sources: readonly IndexSource[], options: SearchBuildOptions = {}): BuiltSearch {
  const recordSize = options.recordSize ?? 64;
  const fold = options.fold;
  const files = new Map<string, string>();
  const postings = new Map<string, number[][]>();
  const lexicon: Lexicon = { synonyms: mergeSynonyms(DEFAULT_SYNONYMS, options.synonyms) };
  const whole = wholeWords(
    lexicon.synonyms.flat().map((w) => segments(w, fold).join('')),
    WHOLE_FROM,
  );
  // The group being tokenised: its postings are made apart, then added to the index's.
  let group = new Map<string, number[][]>();
  const add = (text: string, field: number, id: number, single = false, except?: Set<string>) => {
    const terms = bigrams(text, fold, whole);
    if (single) for (const s of segments(text, fold)) for (const c of s) terms.add(c);
    if (except) for (const term of except) terms.delete(term);
    for (const term of terms) {
      let lists = group.get(term);
      if (!lists) group.set(term, (lists = Array.from({ length: FIELDS }, () => [])));
      const list = lists[field]!;
      if (list[list.length - 1] !== id) list.push(id);
    }
  };
  const memo = options.memo;
  // The terms whose shards cannot be the last build's (all, without a memo of it).
  let changed: Set<string> | 'all' = memo?.last ? new Set() : 'all';
  // What every group's postings depend on besides its own documents.
  const salt = JSON.stringify([MEMO_VERSION, [...whole].sort(), fold ? [...fold].join('') : '', recordSize]);

  const jurisdictions = sources.map((s) => ({ code: s.jurisdiction.code, name: s.jurisdiction.name }));
  const areas: { id: string; name: string }[] = [];
  const areaIndex = new Map<string, number>();
  const groups: SearchGroup[] = [];
  const used = new Set<string>();
  const docs: ShardDocs = { items: new Map(), entries: new Map() };

  sources.forEach((source, j) => {
    const areaName = new Map(source.areas.map((a) => [a.id, a.name]));
    const byId = new Map(source.items.map((i) => [i.id, i]));
    const entriesByArea = new Map<string, DisclosureEntry[]>();
    for (const entry of source.entries ?? []) {
      const item = byId.get(entry.item);
      if (!item) continue;
      const list = entriesByArea.get(item.area) ?? [];
      list.push(entry);
      entriesByArea.set(item.area, list);
    }
    // An item's newest date is its own entries' and its children's: a 一级 item whose entries sit under its 二级 items is as new as they are.
    const newest = new Map<string, string>();
    for (const entry of source.entries ?? [])
      for (let item = byId.get(entry.item), depth = 0; item && depth < 8; item = item.parent ? byId.get(item.parent) : undefined, depth++)
        if ((newest.get(item.id) ?? '') < entry.publishedAt) newest.set(item.id, entry.publishedAt);
    const itemsByArea = new Map<string, CatalogueItem[]>();
    for (const item of source.items) {
      const list = itemsByArea.get(item.area) ?? [];
      list.push(item);
      itemsByArea.set(item.area, list);
    }
    const nameCount = new Map<string, number>();
    const elementCount = new Map<string, number>();
    for (const item of source.items) {
      nameCount.set(item.name, (nameCount.get(item.name) ?? 0) + 1);
      elementCount.set(elementNames(item), (elementCount.get(elementNames(item)) ?? 0) + 1);
    }
    const ancestors = (item: CatalogueItem): string[] => {
      const names: string[] = [];
      for (let p = item.parent ? byId.get(item.parent) : undefined; p && names.length < 8; p = p.parent ? byId.get(p.parent) : undefined) names.unshift(p.name);
      return names;
    };
    // Areas in the order of the source's area list, then any others its items name.
    const order = [...source.areas.map((a) => a.id), ...itemsByArea.keys()].filter((id, i, all) => all.indexOf(id) === i && itemsByArea.has(id));
    for (const areaId of order) {
      let a = areaIndex.get(areaId);
      if (a === undefined) {
        a = areas.push({ id: areaId, name: areaName.get(areaId) ?? areaId }) - 1;
        areaIndex.set(areaId, a);
      }
      const g = groups.length;
      const base = g * GROUP_SPAN;
      const items = catalogueOrder(itemsByArea.get(areaId) ?? []);
      const itemRecords: ItemRecord[] = items.map((item, local) => {
        const d = newest.get(item.id);
        const record = { i: item.id, n: item.name, p: ancestors(item), x: elementText(item), ...(d ? { d } : {}) };
        docs.items.set(base + local, record);
        return record;
      });
      // Entries oldest first: the newest is the last, so that publishing one appends.
      const entries = [...(entriesByArea.get(areaId) ?? [])].sort((x, y) =>
        x.publishedAt < y.publishedAt ? -1 : x.publishedAt > y.publishedAt ? 1 : x.id < y.id ? -1 : 1,
      );
      if (entries.length >= GROUP_SPAN || items.length >= GROUP_SPAN) throw new Error(`Too many documents in ${areaId} for one search group`);
      // An entry's place is its item's: one array for all of the item's entries.
      const places = new Map<string, string[]>();
      const entryRecords: EntryRecord[] = entries.map((entry, local) => {
        let p = places.get(entry.item);
        if (!p) {
          const item = byId.get(entry.item)!;
          places.set(entry.item, (p = [...ancestors(item), item.name]));
        }
        const record = { e: entry.id, t: entry.title, d: entry.publishedAt, p };
        docs.entries.set(base + local, record);
        return record;
      });
      const counts: number[] = [];
      const from = entries.length ? month(entries[0]!.publishedAt) : 0;
      for (let m = from, k = 0; k < entries.length; m = nextMonth(m)) {
        let n = 0;
        while (k < entries.length && month(entries[k]!.publishedAt) === m) {
          n++;
          k++;
        }
        counts.push(n);
      }
      // The group's postings are made from its records, its items' texts and the salt: their hash is the memo's key.
      const key = createHash('sha256').update(`${salt}\n${g}\n${areaName.get(areaId) ?? ''}\n`);
      const texts = items.map((item) => ({ named: elementNames(item), basis: [item.basis, item.responsible, item.deadline?.text].filter(Boolean).join(' ') }));
      const generic = items.map(
        (item, local) => [(nameCount.get(item.name) ?? 0) >= GENERIC, (elementCount.get(texts[local]!.named) ?? 0) >= GENERIC] as const,
      );
      key.update(JSON.stringify([texts, generic]));
      const digests: GroupMemo['digests'] = { items: [], entries: [] };
      const chunked = (kind: 'i' | 'e', records: unknown[]) => {
        let hashes = '';
        for (let c = 0; c * recordSize < records.length; c++) {
          const content = JSON.stringify(records.slice(c * recordSize, (c + 1) * recordSize));
          // One digest: the file's short hash (hash4's) and, whole, the chunk's in the memo's key.
          const digest = digestOf(content);
          key.update(digest);
          (kind === 'i' ? digests.items : digests.entries).push(digest);
          const h = digest.slice(0, 4);
          hashes += h;
          const path = `search/r/${kind}-${g}-${c}.${h}.json`;
          files.set(path, content);
          used.add(path);
        }
        return hashes;
      };
      groups.push({
        j,
        a,
        items: items.length,
        entries: entries.length,
        from,
        months: counts.map((n) => n.toString(36)).join(','),
        ih: chunked('i', itemRecords),
        eh: chunked('e', entryRecords),
      });
      const memoKey = key.digest('base64url');
      let made = memo?.get(memoKey);
      if (!made) {
        group = new Map();
        itemRecords.forEach((record, local) => {
          const [genericName, genericElements] = generic[local]!;
          const { named, basis } = texts[local]!;
          add(record.n, genericName ? 5 : 0, base + local, !genericName);
          // Its place, written together with its name (less the name's own bigrams, which are posted
          // as a name), so that "低保 办事指南" is a phrase of 最低生活保障 › 办事指南 and 义务教育 finds
          // the area's 一级 items.
          add([...(record.p.length ? record.p : [areaName.get(areaId) ?? '']), record.n].join(''), 1, base + local, false, bigrams(record.n, fold, whole));
          if (named) add(named, genericElements ? 5 : 2, base + local);
          if (basis) add(basis, 4, base + local);
        });
        entryRecords.forEach((record, local) => add(record.t, 3, base + local));
        made = { postings: pack(group), digests };
        memo?.set(memoKey, made);
      }
      mergePacked(postings, made.postings);
      // Which terms' shards must be made again: those this group changed since the last build.
      if (changed !== 'all') {
        const last = memo?.last?.(g);
        if (!last) changed = 'all';
        else if (last !== made) changedTerms(last, made, base, recordSize, TITLE, changed);
      }
    }
  });

  if (groups.length !== (memo?.lastCount?.() ?? -1)) changed = 'all';
  const built = buildShards(postings, docs, options, INLINE_PER_TERM, { changed, last: memo?.lastShards?.() });
  memo?.setShards?.(built.kept);
  for (const [path, content] of built.files) files.set(path, content);
  const { shards, hashes } = built;

  if (fold) {
    const held = new Set<string>();
    for (const term of postings.keys()) for (const c of term) held.add(c);
    let pairs = '';
    for (const [t, s] of fold) if (held.has(s) && t !== s) pairs += t + s;
    lexicon.fold = pairs;
  }
  const lexiconContent = JSON.stringify(lexicon);
  const lexiconPath = `search/lexicon.${createHash('sha256').update(lexiconContent).digest('hex').slice(0, 12)}.json`;
  files.set(lexiconPath, lexiconContent);

  const meta: SearchMeta = { version: 2, jurisdictions, areas, groups, shards, hashes, recordSize, whole: WHOLE_FROM, lexicon: lexiconPath };
  const metaContent = JSON.stringify(meta);
  const metaPath = `search/meta.${createHash('sha256').update(metaContent).digest('hex').slice(0, 12)}.json`;
  files.set(metaPath, metaContent);
  return { meta: metaPath, lexicon: lexiconPath, files };
}
