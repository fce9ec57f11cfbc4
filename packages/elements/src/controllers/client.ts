import { ContextConsumer } from '@lit/context';
import { ConfigError, createClient, type DisclosureClient } from '@gov-disclosure/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clientContext } from '../context.js';

interface Host extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  api?: string | undefined;
}

// Elements that name the same source share one client, and so one cache.
const shared = new Map<string, DisclosureClient>();

/** A client for `src`/`api`, shared by every element that names the same pair. */
export function clientFor(src: string | undefined, api: string | undefined): DisclosureClient {
  const key = `${src ?? ''}\n${api ?? ''}`;
  let client = shared.get(key);
  if (!client) {
    client = createClient({ ...(src ? { src } : {}), ...(api ? { api } : {}) });
    shared.set(key, client);
  }
  return client;
}

/**
 * The SDK client an element reads from: its own, when it has `src` or `api`, else the one its
 * `<gov-disclosure-column>` provides. A `client` property set by script wins over both.
 */
export class ClientController implements ReactiveController {
  readonly #host: Host;
  readonly #context: ContextConsumer<{ __context__: DisclosureClient | undefined }, Host>;
  /** Set by script, e.g. a test or an app that made its own client. */
  explicit: DisclosureClient | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
    this.#context = new ContextConsumer(host, { context: clientContext, subscribe: true });
  }

  hostConnected(): void {}

  get client(): DisclosureClient | undefined {
    if (this.explicit) return this.explicit;
    const { src, api } = this.#host;
    if (src || api) return clientFor(src, api);
    return this.#context.value;
  }

  /** The client, or a configuration error that says what is missing. */
  require(): DisclosureClient {
    const client = this.client;
    if (!client) throw new ConfigError(`<${this.#host.localName}> needs a src or api attribute, or a <gov-disclosure-column> around it`);
    return client;
  }
}
