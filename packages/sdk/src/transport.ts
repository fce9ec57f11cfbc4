import ky, { HTTPError as KyHTTPError, TimeoutError as KyTimeoutError, type KyInstance, type Options as KyOptions } from 'ky';
import type * as z from 'zod/mini';
import { answerError, readBody } from './attempt.js';
import { DisclosureError, isAbortError, NetworkError, TimeoutError, ValidationError } from './errors.js';
import { validate } from './validate.js';

export interface TransportOptions {
  /** A `fetch` to use instead of the global one (tests, Node, instrumentation). */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds to wait for an answer, per attempt. Default 10 000. */
  timeout?: number;
  /** How often an idempotent request is retried on network errors, 408, 429 and 5xx. Default 2. */
  retries?: number;
  /** How long a read is served from memory before it is revalidated (ETag). Default 30 000 ms. */
  cacheTtl?: number;
  /** How many reads are kept in memory at most. Default 256. */
  cacheSize?: number;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
}

export interface RequestOptions {
  /** Cancels the request; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Skips the cache both ways: for answers that change at any moment (a request's status). */
  fresh?: boolean;
  /** Asks the server even when the cached answer is fresh, with `If-None-Match` (polling: a 304 costs nothing). */
  revalidate?: boolean;
}

export interface WriteOptions extends RequestOptions {
  /** Makes a retried or repeated write count once. Generated when absent. */
  idempotencyKey?: string;
  /** Headers of this write alone (a signed-in page's `X-CSRF-Token`). */
  headers?: Record<string, string>;
}

interface Cached {
  data: unknown;
  etag: string | null;
  freshUntil: number;
}

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

const RETRY_STATUS = [408, 429, 500, 502, 503, 504];

/**
 * HTTP for the SDK, on ky: timeouts, retries with backoff that honour `Retry-After`, validated
 * JSON, one request for concurrent identical reads, and a small TTL cache revalidated by ETag.
 */
export class Transport {
  readonly #ky: KyInstance;
  readonly #fetch: typeof globalThis.fetch;
  readonly #headers: Record<string, string>;
  readonly #ttl: number;
  readonly #cacheSize: number;
  readonly #timeout: number;
  readonly #cache = new Map<string, Cached>();
  readonly #inflight = new Map<string, Shared>();
  readonly #early = new Map<string, Promise<unknown>>();

  constructor(options: TransportOptions = {}) {
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#headers = { accept: 'application/json', ...options.headers };
    this.#ttl = options.cacheTtl ?? 30_000;
    this.#cacheSize = options.cacheSize ?? 256;
    this.#timeout = options.timeout ?? 10_000;
    this.#ky = ky.create({
      ...(options.fetch ? { fetch: options.fetch } : {}),
      timeout: this.#timeout,
      headers: this.#headers,
      throwHttpErrors: (status: number) => status !== 304,
      retry: {
        limit: options.retries ?? 2,
        methods: ['get'],
        statusCodes: RETRY_STATUS,
        afterStatusCodes: [413, 429, 503],
        maxRetryAfter: 60_000,
        backoffLimit: 10_000,
      },
    });
  }

  /** GETs JSON and validates it; concurrent calls for one URL share one request. */
  get<S extends z.ZodMiniType>(url: string, schema: S, options: RequestOptions = {}): Promise<z.infer<S>> {
    options.signal?.throwIfAborted();
    const cached = options.fresh ? undefined : this.#cache.get(url);
    if (cached && !options.revalidate && cached.freshUntil > Date.now()) return Promise.resolve(cached.data as z.infer<S>);
    if (options.fresh) return this.#load(url, schema, options.signal, undefined, false) as Promise<z.infer<S>>;
    let shared = this.#inflight.get(url);
    if (!shared) {
      const controller = new AbortController();
      const created: Shared = { controller, waiting: 0, promise: Promise.resolve() };
      created.promise = this.#load(url, schema, controller.signal, cached).finally(() => {
        if (this.#inflight.get(url) === created) this.#inflight.delete(url);
      });
      this.#inflight.set(url, created);
      shared = created;
    }
    return join(shared, options.signal) as Promise<z.infer<S>>;
  }

  /** POSTs JSON with an `Idempotency-Key`, so that it may be retried, and validates the answer. */
  async post<S extends z.ZodMiniType>(url: string, body: unknown, schema: S, options: WriteOptions = {}): Promise<z.infer<S>> {
    const key = options.idempotencyKey ?? crypto.randomUUID();
    try {
      const response = await this.#ky.post(url, {
        json: body,
        headers: { ...options.headers, 'idempotency-key': key },
        retry: { methods: ['post'] },
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return validate(schema, await readJson(response, url), url);
    } catch (error) {
      throw await this.#toError(error, url);
    }
  }

  /**
   * Starts reading `url` now, before its schema is at hand (the code that validates it is still
   * loading); the next `get` of it validates this answer instead of asking again.
   */
  prefetch(url: string): void {
    if (this.#cache.has(url) || this.#early.has(url)) return;
    // Asked at once, not a microtask later as through ky: a page about to render (on a slow phone,
    // for tens of milliseconds) does not hold the request back. Not retried: `get` asks again.
    const early = this.#fetch(url, { headers: this.#headers }).then((r) => (r.ok ? readJson(r, url) : undefined));
    early.catch(() => undefined);
    this.#early.set(url, early);
  }

  /** Forgets cached reads, e.g. after the data was republished. */
  clear(): void {
    this.#cache.clear();
  }

  async #load(url: string, schema: z.ZodMiniType, signal: AbortSignal | undefined, cached: Cached | undefined, remember = true): Promise<unknown> {
    const early = this.#early.get(url);
    this.#early.delete(url);
    // A prefetched answer is validated like any other; a failed prefetch is simply asked again.
    const json = await early?.catch(() => undefined);
    if (json !== undefined) {
      const data = validate(schema, json, url);
      if (remember) this.#remember(url, data, null);
      return data;
    }
    try {
      const options: KyOptions = signal ? { signal } : {};
      if (cached?.etag) options.headers = { 'if-none-match': cached.etag };
      const response = await this.#ky.get(url, options);
      if (response.status === 304 && cached) {
        this.#remember(url, cached.data, cached.etag);
        return cached.data;
      }
      const data = validate(schema, await readJson(response, url), url);
      if (remember) this.#remember(url, data, response.headers.get('etag'));
      return data;
    } catch (error) {
      throw await this.#toError(error, url);
    }
  }

  #remember(url: string, data: unknown, etag: string | null): void {
    this.#cache.delete(url);
    this.#cache.set(url, { data, etag, freshUntil: Date.now() + this.#ttl });
    if (this.#cache.size > this.#cacheSize) this.#cache.delete(this.#cache.keys().next().value!);
  }

  async #toError(error: unknown, url: string): Promise<unknown> {
    if (error instanceof DisclosureError || isAbortError(error)) return error;
    if (error instanceof KyTimeoutError) return new TimeoutError(url, this.#timeout, error);
    if (error instanceof KyHTTPError) return await answerError(url, error.response, await readBody(error.response));
    return new NetworkError(url, error);
  }
}

/** Waits for a shared request; the request is aborted once every waiter has given up. */
function join(shared: Shared, signal: AbortSignal | undefined): Promise<unknown> {
  shared.waiting++;
  if (!signal) return shared.promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      if (--shared.waiting === 0) shared.controller.abort(signal.reason);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function readJson(response: Response, url: string): Promise<unknown> {
  // 204: done, nothing to say (a sign-out).
  if (response.status === 204) return undefined;
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError([{ path: '', expected: 'JSON', message: `Malformed JSON (${text.length} bytes)` }], url);
  }
}
