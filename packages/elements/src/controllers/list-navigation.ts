/**
 * Where a key moves the active item of a list or grid, the same in the tree, the entry list, the
 * search results and every roving-focus group: ↑/↓ by a row, ←/→ by one (in a grid), Page ↑/↓ by
 * a page, Home and End to the ends, clamped to the list. `undefined` for a key that does not move.
 */
export function listMove(key: string, index: number, count: number, o: { row?: number; page?: number; sideways?: boolean } = {}): number | undefined {
  const row = o.row ?? 1;
  const page = o.page ?? 0;
  const to: Record<string, number> = { ArrowDown: index + row, ArrowUp: index - row, Home: 0, End: count - 1 };
  if (page) Object.assign(to, { PageDown: index + page, PageUp: index - page });
  if (o.sideways) Object.assign(to, { ArrowRight: index + 1, ArrowLeft: index - 1 });
  return key in to ? Math.max(0, Math.min(count - 1, to[key]!)) : undefined;
}
