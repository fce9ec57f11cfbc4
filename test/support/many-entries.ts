/**
 * A client whose one item, 大量信息的事项 (health:1.1), has `total` entries, made on demand: the
 * 200,000-entry case of the item view's tests, its story and the bench. Everything else is `base`'s.
 */
import type { DisclosureClient, DisclosureEntry, EntryPage } from '@gov-disclosure/sdk';

export function withManyEntries(base: Partial<DisclosureClient>, total: number): DisclosureClient {
  const entry = (i: number): DisclosureEntry => ({
    id: `health:1.1~${total - i}`,
    item: 'health:1.1',
    title: `第${total - i}号公告`,
    publishedAt: '2026-01-01',
    validity: 'valid',
  });
  return {
    ...base,
    item: async () => ({ id: 'health:1.1', area: 'health', level: 2, name: '大量信息的事项', entryCount: total }),
    entries: async (item, query = {}): Promise<EntryPage> => {
      const offset = query.offset ?? 0;
      const limit = query.limit ?? 20;
      return { item, total, offset, limit, entries: Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, k) => entry(offset + k)) };
    },
    entry: async (id) => entry(total - Number(id.split('~')[1])),
  } as DisclosureClient;
}
