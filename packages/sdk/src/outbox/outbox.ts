/**
 * An outbox that never loses a submission and never delivers one twice.
 *
 * A submission is written to the store, with its idempotency key, before the first attempt to
 * send it. It is then sent, and sent again with backoff after a network error, a timeout, 408,
 * 429 or 5xx (honouring `Retry-After`), across reloads and browser restarts, until the server
 * answers. Because every attempt carries the same `Idempotency-Key`, a retry of a submission the
 * server stored (but whose answer was lost) gets the first answer back, not a second row. Any
 * other 4xx is final: the record keeps the server's reason and the body, so the citizen can
 * correct it. Workbox's background sync, by contrast, drops a request once it gets any HTTP answer.
 *
 * One tab sends at a time (Web Locks); the others hear of every change (BroadcastChannel).
 */
import { apiUrl, WRITE_PATHS } from '../api-url.js';
import { attempt } from '../attempt.js';
import { defaultStore, type OutboxStore } from './store.js';
import { outcomeOf } from './outcome.js';
import type { OutboxRecord } from './record.js';

export type { OutboxRecord, OutboxState } from './record.js';

export interface OutboxOptions {
  store?: OutboxStore;
  fetch?: typeof globalThis.fetch;
  /** Milliseconds to wait for an answer, per attempt. Default 15 000. */
  timeout?: number;
  /** The first retry waits about `initial` ms, doubling up to `max`. Default 2 s and 5 min. */
  backoff?: { initial?: number; max?: number };
  /** How many submissions are in flight at once. Default 2. */
  concurrency?: number;
  /** Which HTTP statuses are worth another attempt. Default: 408, 429 and 5xx. */
  isRetryable?: (status: number) => boolean;
  /** How long sent and rejected records are kept, so their receipts survive a reload. Default 30 days. */
  keepSettled?: number;
  /** The Web Lock that makes one tab the sender; `false` for none. */
  lock?: string | false;
  /** The BroadcastChannel on which tabs tell each other of changes; `false` for none. */
  channel?: string | false;
}

const DEFAULT_RETRYABLE = (status: number) => status === 408 || status === 429 || status >= 500;

export class Outbox extends EventTarget {
  readonly #store: OutboxStore;
  readonly #fetch: typeof globalThis.fetch;
  readonly #timeout: number;
  readonly #initial: number;
  readonly #max: number;
  readonly #concurrency: number;
  readonly #retryable: (status: number) => boolean;
  readonly #keep: number;
  readonly #lock: string | false;
  readonly #channel: BroadcastChannel | undefined;
  readonly #waiters = new Map<string, ((record: OutboxRecord) => void)[]>();
  #running: Promise<void> | undefined;
  #again = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;
  readonly #online = () => void this.retryNow();

  constructor(options: OutboxOptions = {}) {
    super();
    this.#store = options.store ?? defaultStore();
    this.#fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.#timeout = options.timeout ?? 15_000;
    this.#initial = options.backoff?.initial ?? 2_000;
    this.#max = options.backoff?.max ?? 300_000;
    this.#concurrency = Math.max(1, options.concurrency ?? 2);
    this.#retryable = options.isRetryable ?? DEFAULT_RETRYABLE;
    this.#keep = options.keepSettled ?? 30 * 86_400_000;
    this.#lock = options.lock === false || typeof navigator === 'undefined' || !navigator.locks ? false : (options.lock ?? 'gov-disclosure-outbox');
    const channel = options.channel ?? 'gov-disclosure-outbox';
    if (channel !== false && typeof BroadcastChannel !== 'undefined') {
      this.#channel = new BroadcastChannel(channel);
      this.#channel.onmessage = (event: MessageEvent<{ id: string }>) => void this.#heard(event.data.id);
    }
    if (typeof window !== 'undefined') window.addEventListener('online', this.#online);
    // Whatever an earlier page left unsent goes now.
    void this.flush();
  }

  /**
   * Keeps a submission and starts sending it. Resolves once it is stored (not sent): from then
   * on it is safe from reloads and lost connections. Watch it with {@link wait} or `change`.
   */
  async add<Body>(kind: string, url: string, body: Body, options: { id?: string; headers?: Record<string, string> } = {}): Promise<OutboxRecord<Body>> {
    const now = Date.now();
    const record: OutboxRecord<Body> = {
      id: options.id ?? crypto.randomUUID(),
      kind,
      url: new URL(url, typeof location === 'undefined' ? undefined : location.href).href,
      body,
      ...(options.headers ? { headers: options.headers } : {}),
      createdAt: now,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now,
    };
    await this.#store.put(record);
    this.#changed(record);
    void this.flush();
    return record;
  }

  /**
   * Keeps a submission to the API at `api` (its base URL, as a client's `api`) and starts sending
   * it: the SDK knows where each kind of write goes.
   */
  submit<Body>(
    kind: keyof typeof WRITE_PATHS,
    api: string,
    body: Body,
    options: { id?: string; headers?: Record<string, string> } = {},
  ): Promise<OutboxRecord<Body>> {
    return this.add(kind, apiUrl(api, WRITE_PATHS[kind]), body, options);
  }

  get(id: string): Promise<OutboxRecord | undefined> {
    return this.#store.get(id);
  }

  /** Every record, oldest first. */
  async records(): Promise<OutboxRecord[]> {
    return (await this.#store.all()).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Resolves when the record is sent or rejected. */
  async wait(id: string): Promise<OutboxRecord> {
    const record = await this.#store.get(id);
    if (!record) throw new Error(`No outbox record ${id}`);
    if (record.state !== 'pending') return record;
    return new Promise((resolve) => this.#waiters.set(id, [...(this.#waiters.get(id) ?? []), resolve]));
  }

  /** Forgets a record (a rejected one the citizen corrected and sent anew, say). */
  async discard(id: string): Promise<void> {
    await this.#store.delete(id);
  }

  /** Makes every pending record due now and sends them (the network came back). */
  async retryNow(): Promise<void> {
    for (const record of await this.#store.all()) {
      if (record.state === 'pending' && record.nextAttemptAt > Date.now()) await this.#store.put({ ...record, nextAttemptAt: Date.now() });
    }
    return this.flush();
  }

  /** Sends what is due; resolves when this pass is over. */
  flush(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = (async () => {
      do {
        this.#again = false;
        await this.#locked(() => this.#sendDue());
      } while (this.#again && !this.#closed);
    })()
      .catch((error: unknown) => console.error('gov-disclosure outbox:', error))
      .finally(() => {
        this.#running = undefined;
        void this.#schedule();
      });
    return this.#running;
  }

  /** Stops sending (what is stored stays stored, for the next page). */
  close(): void {
    this.#closed = true;
    clearTimeout(this.#timer);
    this.#channel?.close();
    if (typeof window !== 'undefined') window.removeEventListener('online', this.#online);
  }

  async #locked(work: () => Promise<void>): Promise<void> {
    if (!this.#lock) return work();
    let held = false;
    await navigator.locks.request(this.#lock, { ifAvailable: true }, async (lock) => {
      if (!lock) return;
      held = true;
      await work();
    });
    // Another tab is sending; look again later in case it goes away.
    if (!held) this.#later(2_000);
  }

  async #sendDue(): Promise<void> {
    const now = Date.now();
    const records = await this.#store.all();
    for (const record of records) {
      if (record.state !== 'pending' && now - (record.settledAt ?? now) > this.#keep) await this.#store.delete(record.id);
    }
    const due = records.filter((r) => r.state === 'pending' && r.nextAttemptAt <= now).sort((a, b) => a.createdAt - b.createdAt);
    let next = 0;
    const worker = async () => {
      while (next < due.length && !this.#closed) await this.#send(due[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(this.#concurrency, due.length) }, worker));
  }

  async #send(record: OutboxRecord): Promise<void> {
    record.attempts++;
    let response: Response;
    try {
      response = await attempt(
        record.url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': record.id, ...record.headers },
          body: JSON.stringify(record.body),
        },
        { fetch: this.#fetch, timeout: this.#timeout },
      );
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      return this.#retry(record, typeof code === 'string' ? code : (error as Error).name === 'TimeoutError' ? 'timeout' : 'network');
    }
    const outcome = await outcomeOf(record, response, this.#retryable);
    if ('retry' in outcome) return this.#retry(record, outcome.retry, outcome.wait);
    return this.#settle({ ...record, ...outcome });
  }

  async #retry(record: OutboxRecord, reason: string, wait?: number): Promise<void> {
    const backoff = Math.min(this.#max, this.#initial * 2 ** (record.attempts - 1)) * (0.5 + Math.random() / 2);
    const updated = { ...record, lastError: reason, nextAttemptAt: Date.now() + Math.max(wait ?? 0, backoff) };
    await this.#store.put(updated);
    this.#changed(updated);
  }

  async #settle(record: OutboxRecord): Promise<void> {
    const settled = { ...record, settledAt: Date.now() };
    delete settled.lastError;
    await this.#store.put(settled);
    this.#changed(settled);
  }

  #changed(record: OutboxRecord, broadcast = true): void {
    if (broadcast) this.#channel?.postMessage({ id: record.id });
    this.dispatchEvent(new CustomEvent('change', { detail: record }));
    if (record.state !== 'pending') {
      for (const resolve of this.#waiters.get(record.id) ?? []) resolve(record);
      this.#waiters.delete(record.id);
    }
  }

  async #heard(id: string): Promise<void> {
    const record = await this.#store.get(id);
    if (record) this.#changed(record, false);
  }

  async #schedule(): Promise<void> {
    if (this.#closed) return;
    const pending = (await this.#store.all()).filter((r) => r.state === 'pending');
    if (pending.length === 0) return;
    this.#later(Math.max(0, Math.min(...pending.map((r) => r.nextAttemptAt)) - Date.now()));
  }

  #later(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), Math.min(ms, 2_147_483_647));
  }
}

let shared: Outbox | undefined;

/** The page's one outbox, shared by every element that submits. */
export function sharedOutbox(): Outbox {
  return (shared ??= new Outbox());
}
