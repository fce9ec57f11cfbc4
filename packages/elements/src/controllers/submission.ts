import { sharedOutbox, type Outbox, type OutboxRecord } from '@gov-disclosure/sdk/outbox';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a citizen's submission is, as the form tells them. */
export type SubmissionStatus = 'idle' | 'sending' | 'saved' | 'sent' | 'rejected';

interface Host extends ReactiveControllerHost, HTMLElement {
  /** An outbox set by script (tests, apps with their own); else the page's shared one. */
  outbox?: Outbox | undefined;
}

/**
 * A form's submission through the outbox: sends it (stored first, so nothing is lost), follows
 * it to `sent` or `rejected`, and remembers it across reloads (its id in `localStorage`), so that
 * the citizen who comes back sees "已保存，联网后自动发送" or the confirmation, not an empty form.
 */
export class SubmissionController<Body = unknown> implements ReactiveController {
  record: OutboxRecord<Body> | undefined;
  readonly #host: Host;
  readonly #key: () => string;
  #outbox: Outbox | undefined;

  readonly #onSettled: ((record: OutboxRecord<Body>) => void) | undefined;

  /** `key` names this form's submission in `localStorage`; `onSettled` hears when one is sent or rejected. */
  constructor(host: Host, key: () => string, onSettled?: (record: OutboxRecord<Body>) => void) {
    this.#host = host;
    this.#key = key;
    this.#onSettled = onSettled;
    host.addController(this);
  }

  readonly #onChange = (event: Event) => {
    const record = (event as CustomEvent<OutboxRecord<Body>>).detail;
    if (record.id !== this.record?.id) return;
    const settled = this.record.state === 'pending' && record.state !== 'pending';
    this.record = record;
    this.#host.requestUpdate();
    if (settled) this.#onSettled?.(record);
  };

  /** The outbox in use, listened to: one set by script after the element was connected is heard too. */
  get outbox(): Outbox {
    const outbox = this.#host.outbox ?? sharedOutbox();
    if (outbox !== this.#outbox) {
      this.#outbox?.removeEventListener('change', this.#onChange);
      (this.#outbox = outbox).addEventListener('change', this.#onChange);
    }
    return outbox;
  }

  hostConnected(): void {
    void this.restore();
  }

  hostDisconnected(): void {
    this.#outbox?.removeEventListener('change', this.#onChange);
    this.#outbox = undefined;
  }

  /** Picks up this form's last submission, from before a reload. */
  async restore(): Promise<void> {
    const id = storage()?.getItem(this.#key());
    if (!id) return;
    const record = (await this.outbox.get(id)) as OutboxRecord<Body> | undefined;
    if (record) this.record = record;
    else storage()?.removeItem(this.#key());
    this.#host.requestUpdate();
  }

  /** Stores and sends `body` to the API at `api`; resolves once it is stored. */
  async send(kind: 'feedback' | 'request', api: string, body: Body, headers?: Record<string, string>): Promise<OutboxRecord<Body>> {
    const record = await this.outbox.submit(kind, api, body, headers ? { headers } : {});
    this.record = ((await this.outbox.get(record.id)) as OutboxRecord<Body> | undefined) ?? record;
    storage()?.setItem(this.#key(), record.id);
    this.#host.requestUpdate();
    return record;
  }

  /** Starts afresh: a sent one stays in the outbox's history; a rejected one is dropped (its text is in the form). */
  async reset(): Promise<void> {
    if (this.record?.state === 'rejected') await this.outbox.discard(this.record.id);
    this.record = undefined;
    storage()?.removeItem(this.#key());
    this.#host.requestUpdate();
  }

  get status(): SubmissionStatus {
    const record = this.record;
    if (!record) return 'idle';
    if (record.state === 'pending') return record.lastError ? 'saved' : 'sending';
    return record.state;
  }
}

function storage(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}
