// Runs in the bench page: an item view over 200,000 entries, and search over a 200,000-entry index.
import { withManyEntries } from '../support/many-entries.js';
import { Lexicon, RecordChunk, PostingShard, PostingTail, runSearch, SearchMeta, type IndexReader } from '@gov-disclosure/sdk/search';
import { validate } from '@gov-disclosure/sdk';
import '@gov-disclosure/elements';

declare global {
  interface Window {
    benchReady: boolean;
    big: Record<string, (...args: never[]) => unknown>;
  }
}

const wait = (check: () => unknown) =>
  new Promise<void>((resolve) => {
    const poll = () => (check() ? resolve() : setTimeout(poll, 5));
    poll();
  });

let reader: IndexReader | undefined;

window.big = {
  async entries(total: number) {
    const client = withManyEntries({ kind: 'bundle' }, total);
    const el = document.createElement('gov-item-view');
    el.client = client;
    el.item = 'health:1.1';
    document.body.replaceChildren(el);
    await wait(() => el.shadowRoot?.querySelector('[role="option"] .entry-title'));
    const list = el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
    list.focus();
    return { nodesAtTop: el.shadowRoot!.querySelectorAll('*').length, scrollHeight: list.scrollHeight };
  },

  async afterEnd(total: number) {
    const el = document.querySelector('gov-item-view')!;
    await wait(() => el.shadowRoot!.querySelector(`#entry-${total - 1} .entry-title`));
    const list = el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
    const last = el.shadowRoot!.querySelector(`#entry-${total - 1}`)!;
    const byKeyboard = last.getAttribute('aria-selected') === 'true' && list.getAttribute('aria-activedescendant') === `entry-${total - 1}`;
    // And by scrolling: back to the top, then the scrollbar to the bottom.
    list.scrollTop = 0;
    await new Promise((r) => requestAnimationFrame(r));
    list.scrollTop = list.scrollHeight;
    await wait(() => el.shadowRoot!.querySelector(`#entry-${total - 1} .entry-title`) && list.scrollTop > 0);
    return { byKeyboard, byScrolling: true, lastTitle: last.querySelector('.entry-title')!.textContent, nodes: el.shadowRoot!.querySelectorAll('*').length };
  },

  /** The sharded index in memory (files by path): what the engine costs once the bytes are here. */
  loadIndex(files: Record<string, string>, metaPath: string, lexiconPath: string) {
    const start = performance.now();
    // By name without its content hash, as the engine asks for them; parsed and validated once,
    // as the client's cache keeps them.
    const byStem = new Map(Object.entries(files).map(([path, content]) => [path.replace(/\.[\w-]{4}\.json$/, ''), content]));
    const parsed = new Map<string, unknown>();
    const read = <T>(schema: Parameters<typeof validate>[0], stem: string): T => {
      if (!parsed.has(stem)) parsed.set(stem, validate(schema, JSON.parse(byStem.get(stem)!)));
      return parsed.get(stem) as T;
    };
    const meta = validate(SearchMeta, JSON.parse(files[metaPath]!));
    // Every file parsed and validated now (timed as the load): the queries time the ranking alone.
    for (const stem of byStem.keys()) {
      if (stem.startsWith('search/p/')) read(PostingShard, stem);
      else if (stem.startsWith('search/t/')) read(PostingTail, stem);
      else if (stem.startsWith('search/r/i-')) read(RecordChunk, stem);
      else if (stem.startsWith('search/r/e-')) read(RecordChunk, stem);
    }
    reader = {
      meta,
      lexicon: validate(Lexicon, JSON.parse(files[lexiconPath]!)),
      shard: async (n) => read(PostingShard, `search/p/${n}`),
      tail: async (name) => read(PostingTail, `search/t/${name}.json`),
      items: async (g, c) => read(RecordChunk, `search/r/i-${g}-${c}`),
      entries: async (g, c) => read(RecordChunk, `search/r/e-${g}-${c}`),
    };
    return { groups: meta.groups.length, shards: meta.shards, loadMs: performance.now() - start };
  },

  async search(queries: string[], rounds: number) {
    const times: number[] = [];
    const totals: Record<string, number> = {};
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        const start = performance.now();
        const result = await runSearch(reader!, q, { limit: 20 });
        times.push(performance.now() - start);
        totals[q] = result.total;
      }
    }
    return { times, totals };
  },
};
window.benchReady = true;
