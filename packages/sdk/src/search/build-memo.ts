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

/** Where a build finds the postings an earlier one made, and leaves its own (see `SearchBuildOptions.memo`). */
export interface SearchMemo {
  get(key: string): GroupPostings | undefined;
  set(key: string, postings: GroupPostings): void;
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
