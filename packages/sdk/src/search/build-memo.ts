/**
 * The memo of a search build: each group's postings (one area of one jurisdiction), kept by a
 * hash of all they are made from, so that a rebuild tokenises only the groups that changed.
 */

/**
 * The fields a term is posted in: the item's name; its place (its parents' names, or a 一级 item's
 * area, written together with its own name, less the name's own bigrams); its 公开内容 elements; an
 * entry's title; the item's 依据, 主体 and 时限 (the laws, offices and deadlines items repeat); and a
 * generic name or element list, one that ten or more items share (结果公示, 办事指南), which says
 * little of which item a citizen means.
 */
export const FIELDS = 6;

/**
 * A group's postings, packed (a memo is kept on disk, and typed arrays are read back at once):
 * its terms, and each term's six lists of ids (see `FIELDS`) one after the other in `ids`; list
 * `f` of term `t` ends at `ends[t * FIELDS + f]` and starts where the one before it ends.
 */
export interface GroupPostings {
  terms: string[];
  ends: Uint32Array;
  ids: Uint32Array;
}

/** Packs a group's postings, made as a map of lists. */
export function pack(postings: Map<string, number[][]>): GroupPostings {
  const terms = [...postings.keys()];
  const ends = new Uint32Array(terms.length * FIELDS);
  let size = 0;
  for (const lists of postings.values()) for (const list of lists) size += list.length;
  const ids = new Uint32Array(size);
  let at = 0;
  terms.forEach((term, t) => {
    postings.get(term)!.forEach((list, f) => {
      ids.set(list, at);
      ends[t * FIELDS + f] = at += list.length;
    });
  });
  return { terms, ends, ids };
}

/** A group as a build made it: its postings, and the digests of its record chunks (items' and entries'), in order. */
export interface GroupMemo {
  postings: GroupPostings;
  digests: { items: string[]; entries: string[] };
}

/**
 * The shards a build made, for the next one to keep those none of whose terms changed: what they
 * were made with (`salt`), how many, each term's estimated bytes (which decide how many), and each
 * shard's hash, content and tail files.
 */
export interface LastShards {
  salt: string;
  count: number;
  termBytes: Map<string, number>;
  shards: { hash: string; content: string; tails: [path: string, content: string][] }[];
}

/** Where a build finds what an earlier one made, and leaves its own (see `SearchBuildOptions.memo`). */
export interface SearchMemo {
  /** The group made with this key, if one was kept. */
  get(key: string): GroupMemo | undefined;
  set(key: string, group: GroupMemo): void;
  /** The group at index `g` in the last build (to tell which of its terms changed). */
  last?(g: number): GroupMemo | undefined;
  /** How many groups the last build had. */
  lastCount?(): number;
  lastShards?(): LastShards | undefined;
  setShards?(shards: LastShards): void;
}

/**
 * The terms whose lists or records differ between two makings of one group: those whose lists
 * differ, and those with a document in a record chunk whose digest differs (its title, date or
 * place changed). `base` is the group's first id; `size` the records per chunk.
 */
export function changedTerms(last: GroupMemo, now: GroupMemo, base: number, size: number, title: number, into: Set<string>): void {
  const changed = (a: string[], b: string[]) => {
    const out = new Set<number>();
    for (let c = 0; c < Math.max(a.length, b.length); c++) if (a[c] !== b[c]) out.add(c);
    return out;
  };
  const items = changed(last.digests.items, now.digests.items);
  const entries = changed(last.digests.entries, now.digests.entries);
  const listOf = ({ ends, ids }: GroupPostings, t: number, f: number) => ids.subarray(t * FIELDS + f ? ends[t * FIELDS + f - 1]! : 0, ends[t * FIELDS + f]!);
  const index = new Map(last.postings.terms.map((term, t) => [term, t]));
  const touches = (postings: GroupPostings, t: number) => {
    for (let f = 0; f < FIELDS; f++) {
      const chunks = f === title ? entries : items;
      if (chunks.size) for (const id of listOf(postings, t, f)) if (chunks.has(Math.floor((id - base) / size))) return true;
    }
    return false;
  };
  now.postings.terms.forEach((term, t) => {
    const before = index.get(term);
    index.delete(term);
    if (before === undefined || touches(now.postings, t) || touches(last.postings, before)) return void into.add(term);
    for (let f = 0; f < FIELDS; f++) {
      const [a, b] = [listOf(last.postings, before, f), listOf(now.postings, t, f)];
      if (a.length !== b.length || a.some((id, i) => id !== b[i])) return void into.add(term);
    }
  });
  // Terms the group no longer has.
  for (const term of index.keys()) into.add(term);
}

/** Adds a group's postings to the index's. Groups come in id order, so each list stays ascending. */
export function mergePacked(postings: Map<string, number[][]>, { terms, ends, ids }: GroupPostings): void {
  terms.forEach((term, t) => {
    let held = postings.get(term);
    if (!held) postings.set(term, (held = Array.from({ length: FIELDS }, () => [])));
    for (let f = 0, at = t ? ends[t * FIELDS - 1]! : 0; f < FIELDS; f++) {
      const list = held[f]!;
      for (const end = ends[t * FIELDS + f]!; at < end; at++) list.push(ids[at]!);
    }
  });
}
