import type { DisclosureClient } from '@gov-disclosure/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

let engine: Promise<typeof import('@gov-disclosure/sdk/search')> | undefined;

/**
 * The search engine's module, imported once: a later query calls it at once, not after another
 * dynamic import (which the browser answers in a later task, after a frame). A failed import is
 * tried again next time.
 */
export function searchEngine(): Promise<typeof import('@gov-disclosure/sdk/search')> {
  engine ??= import('@gov-disclosure/sdk/search');
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Where a client's index starts (meta, lexicon): asked once, known once the column says. */
interface IndexFiles {
  client: DisclosureClient;
  urls: Promise<string[]>;
  known?: string[];
}

/**
 * Gets the first files of a search index on their way early: where they are is learnt while the
 * element idles (from the column's manifest, read anyway), so that a query asks for them at once,
 * before the render that shows it loading, and the box's focus asks before the citizen has typed.
 */
export class IndexWarmer implements ReactiveController {
  readonly #host: ReactiveControllerHost & { client: DisclosureClient | undefined };
  #index: IndexFiles | undefined;

  constructor(host: ReactiveControllerHost & { client: DisclosureClient | undefined }) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    const client = this.#host.client;
    if (client) this.#of(client);
  }

  /** Asks for the index's meta and lexicon (the SDK validates them when the search reads them). */
  warm(client: DisclosureClient): void {
    const index = this.#of(client);
    if (index.known) for (const url of index.known) client.prefetch(url);
    else void index.urls.then((urls) => urls.forEach((url) => client.prefetch(url)));
  }

  #of(client: DisclosureClient): IndexFiles {
    if (this.#index?.client !== client) {
      const index: IndexFiles = {
        client,
        urls: client.column().then(
          (c) => (index.known = [c.search, c.lexicon].filter((url): url is string => !!url)),
          () => {
            // Not kept: the next query looks again.
            if (this.#index === index) this.#index = undefined;
            return [];
          },
        ),
      };
      this.#index = index;
    }
    return this.#index;
  }
}
