/**
 * What the column reads, each when a section needs it: its own information (always), the areas
 * (首页, 政策文件), the digest of the latest disclosures (首页) and the policy documents (政策文件);
 * and the malformed records its client left out, summed for one quiet notice and told to the page.
 */
import type { DisclosureClient, SkippedRecords } from '@gov-disclosure/sdk';
import type { ReactiveControllerHost } from 'lit';
import type { Section } from '../../controllers/column-router.js';
import { Resource } from '../../controllers/resource.js';

export class ColumnData {
  readonly column;
  readonly policies;
  readonly areas;
  readonly latest;
  /** How many malformed records were left out of what the client read. */
  skipped = 0;
  /** The client whose skipped records are heard, and how to stop hearing them. */
  #heard: [DisclosureClient | undefined, () => void] | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The column's client (none without a source). */
    readonly client: () => DisclosureClient | undefined,
    section: () => Section,
    private readonly onSkipped: (report: SkippedRecords) => void,
  ) {
    const when =
      (...sections: Section[]) =>
      () => {
        const c = client();
        return c && (!sections.length || sections.includes(section())) ? ([c] as const) : undefined;
      };
    this.column = new Resource(host, ([c], signal) => c.column({ signal }), when());
    this.policies = new Resource(host, ([c], signal) => c.policies({}, { signal }), when('policies'));
    this.areas = new Resource(host, ([c], signal) => c.areas({ signal }), when('policies', 'home'));
    this.latest = new Resource(host, ([c], signal) => c.latest({ signal }), when('home'));
  }

  /** Hears the skipped records of `client` (and no longer those of the one before); none stops hearing. */
  hear(client: DisclosureClient | undefined): void {
    if (this.#heard?.[0] === client) return;
    this.#heard?.[1]();
    this.skipped = 0;
    this.#heard = client && [
      client,
      client.onSkipped((report) => {
        this.skipped += report.count;
        this.onSkipped(report);
        this.host.requestUpdate();
      }),
    ];
  }
}
