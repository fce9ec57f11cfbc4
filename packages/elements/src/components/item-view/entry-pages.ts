import type { DisclosureClient, DisclosureEntry, EntryQuery } from '@gov-disclosure/sdk';

const PAGE = 100;

/**
 * An item's entries as a sparse list for a virtual list: a page of 100 is loaded when one of its
 * rows first comes into view, so 200,000 entries cost what is on screen. `onChange` is called as
 * pages arrive.
 */
export class EntryPages {
  total: number | undefined;
  error: unknown;
  readonly #pages = new Map<number, DisclosureEntry[] | Promise<void>>();
  readonly #controller = new AbortController();

  constructor(
    readonly client: DisclosureClient,
    readonly item: string,
    readonly query: Pick<EntryQuery, 'stage' | 'q'>,
    readonly onChange: () => void,
  ) {}

  /** Loads the first page, which also tells the total. */
  async start(): Promise<void> {
    await this.#load(0);
  }

  /** The entry at `index`, or `undefined` while its page loads (the load starts here). */
  at(index: number): DisclosureEntry | undefined {
    const page = Math.floor(index / PAGE);
    const loaded = this.#pages.get(page);
    if (Array.isArray(loaded)) return loaded[index - page * PAGE];
    if (!loaded) void this.#load(page);
    return undefined;
  }

  /** Stops loading; for when the item or the filter changes. */
  close(): void {
    this.#controller.abort();
  }

  #load(page: number): Promise<void> {
    const existing = this.#pages.get(page);
    if (existing) return Array.isArray(existing) ? Promise.resolve() : existing;
    const load = this.client
      .entries(this.item, { ...this.query, offset: page * PAGE, limit: PAGE }, { signal: this.#controller.signal })
      .then((result) => {
        this.total = result.total;
        this.#pages.set(page, result.entries);
        this.error = undefined;
      })
      .catch((error: unknown) => {
        this.#pages.delete(page);
        if (!this.#controller.signal.aborted) this.error = error;
      })
      .finally(() => {
        if (!this.#controller.signal.aborted) this.onChange();
      });
    this.#pages.set(page, load);
    return load;
  }
}
