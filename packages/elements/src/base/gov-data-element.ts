import type { DisclosureClient } from '@gov-disclosure/sdk';
import { property } from 'lit/decorators.js';
import { ClientController } from '../controllers/client.js';
import { GovElement } from './gov-element.js';

/**
 * An element that reads a column's data: from its own `src` or `api`, from the
 * `<gov-disclosure-column>` around it, or from a `client` set by script.
 */
export class GovDataElement extends GovElement {
  /** URL of a bundle manifest, when the element is used without a `<gov-disclosure-column>`. */
  @property() src?: string;
  /** API base URL, when the element is used without a `<gov-disclosure-column>`. */
  @property() api?: string;

  readonly #client = new ClientController(this);

  /** The SDK client in use. Setting one (an app's own, a test's) wins over `src`, `api` and the column's. */
  @property({ attribute: false })
  set client(client: DisclosureClient | undefined) {
    this.#client.explicit = client;
    this.requestUpdate();
  }
  get client(): DisclosureClient | undefined {
    return this.#client.client;
  }
}
