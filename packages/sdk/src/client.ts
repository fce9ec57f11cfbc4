import type { DisclosureRequest, Feedback } from './forms.js';
import type { FeedbackReceipt, RequestReceipt, RequestStatus } from './schemas/receipts.js';
import { ConfigError, NetworkError, type HttpError } from './errors.js';
import { WRITE_PATHS } from './api-url.js';
import { ApiSource } from './sources/api.js';
import { BundleSource } from './sources/bundle.js';
import type { Source } from './sources/source.js';
import type { SkippedRecords } from './sources/records.js';
import { Transport, type RequestOptions, type TransportOptions, type WriteOptions } from './transport.js';
import * as z from 'zod/mini';
import type { ZodMiniType } from 'zod/mini';

export interface ClientOptions extends TransportOptions {
  /** URL of a static bundle's `manifest.json`. Reads come from it when given. */
  src?: string;
  /** Base URL of the HTTP API. Reads come from it when there is no `src`; writes always do. */
  api?: string;
}

/**
 * A disclosure column's data, from a static bundle or the HTTP API through one interface.
 * Every answer is validated against the schemas; every failure is a {@link DisclosureError}.
 */
export interface DisclosureClient extends Source {
  /**
   * Sends 我要评 feedback. Retried safely: it carries an idempotency key. The server validates
   * it with the same schema and answers a 400 {@link HttpError} with field paths; forms check it
   * first with `Feedback` from `@gov-disclosure/sdk/forms`.
   */
  submitFeedback(feedback: Feedback, options?: WriteOptions): Promise<FeedbackReceipt>;
  /** Files a disclosure request (依申请公开); the receipt has the 查询码 and the deadlines. Checked like feedback. */
  submitRequest(request: DisclosureRequest, options?: WriteOptions): Promise<RequestReceipt>;
  /** Looks a request up by its 查询码. */
  requestStatus(code: string, options?: RequestOptions): Promise<RequestStatus>;
  /**
   * Hears of malformed records left out of what was read (a jurisdiction, a policy, an item of an
   * area's shard, an entry of a chunk): once per file, and every earlier one at once. Returns the
   * way to stop listening.
   */
  onSkipped(listener: (skipped: SkippedRecords) => void): () => void;
  /** Forgets cached reads. */
  refresh(): void;
  /** Starts a read before the code that validates it has loaded; the next `get` of the URL uses it. */
  prefetch(url: string): void;
  /** The API base URL, resolved, when there is one. */
  readonly api: string | undefined;
  /**
   * The bundle manifest's URL, when the client reads a bundle: resolved against the page's address
   * when the client was made (a page that later changes its address keeps it); relative links in
   * its data are relative to it.
   */
  readonly src: string | undefined;
  /** A validated, cached GET through the client's transport, for add-ons such as search. */
  get<S extends ZodMiniType>(url: string, schema: S, options?: RequestOptions): Promise<z.infer<S>>;
}

/** The answers' schemas, loaded with the first write; offline, that is a network failure like any other. */
const receipts = () =>
  import('./schemas/receipts.js').catch((cause: unknown) => {
    throw new NetworkError('schemas/receipts.js', cause);
  });

let checkedCsp = false;

/**
 * zod compiles validators with `new Function` where it may, and finds out by trying, which a
 * Content-Security-Policy without 'unsafe-eval' reports as a violation. A page under such a policy
 * says so with `<meta name="gov-disclosure" content="strict-csp">` (or calls
 * `z.config({ jitless: true })` itself), and validation then never tries.
 */
function strictCsp(): void {
  if (checkedCsp || typeof document === 'undefined') return;
  checkedCsp = true;
  if (document.querySelector('meta[name="gov-disclosure"][content~="strict-csp"]')) z.config({ jitless: true });
}

/**
 * Makes a client.
 *
 * ```ts
 * const client = createClient({ src: '/disclosure/manifest.json', api: '/api/v1' });
 * const areas = await client.areas();
 * ```
 */
export function createClient(options: ClientOptions): DisclosureClient {
  const { src, api } = options;
  strictCsp();
  if (!src && !api) throw new ConfigError('createClient needs `src` (a bundle manifest URL) or `api` (an API base URL)');
  const http = new Transport(options);
  const writer = api ? new ApiSource(api, http) : undefined;
  const skipped: SkippedRecords[] = [];
  const listeners = new Set<(skipped: SkippedRecords) => void>();
  const reader: Source = src
    ? new BundleSource(src, http, (report) => {
        // A file read again (it changed, or the cache was cleared) is not told twice.
        if (skipped.some(({ list, url }) => list === report.list && url === report.url)) return;
        skipped.push(report);
        for (const listener of listeners) listener(report);
      })
    : writer!;

  function needApi(): ApiSource {
    if (!writer) throw new ConfigError('Submissions need an `api` base URL; this client reads a static bundle only');
    return writer;
  }

  return {
    kind: reader.kind,
    column: (o) => reader.column(o),
    areas: (o) => reader.areas(o),
    items: (area, parent, o) => reader.items(area, parent, o),
    item: (id, o) => reader.item(id, o),
    entries: (item, query, o) => reader.entries(item, query, o),
    entry: (id, o) => reader.entry(id, o),
    policies: (query, o) => reader.policies(query, o),
    latest: (o) => reader.latest(o),
    // The answers' schemas load with the first write: a page that only reads never ships them.
    async submitFeedback(feedback, o) {
      const api = needApi();
      return http.post(api.url(WRITE_PATHS.feedback), feedback, (await receipts()).FeedbackReceipt, o);
    },
    async submitRequest(request, o) {
      const api = needApi();
      return http.post(api.url(WRITE_PATHS.request), request, (await receipts()).RequestReceipt, o);
    },
    async requestStatus(code, o) {
      const api = needApi();
      // Never from the cache: staff may have moved it on a moment ago.
      return http.get(api.url(`requests/${encodeURIComponent(code.trim().toUpperCase())}`), (await receipts()).RequestStatus, { ...o, fresh: true });
    },
    onSkipped(listener) {
      for (const report of skipped) listener(report);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: () => http.clear(),
    prefetch: (url) => http.prefetch(url),
    api: writer?.url(''),
    src: src === undefined ? undefined : absolute(src),
    get: (url, schema, o) => http.get(url, schema, o),
  };
}

/** `url` made absolute against the page's address, where there is one (as given elsewhere, or when it cannot be parsed). */
function absolute(url: string): string {
  try {
    return new URL(url, globalThis.location?.href).href;
  } catch {
    return url;
  }
}
