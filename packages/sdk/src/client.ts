import type { DisclosureRequest, Feedback } from './forms.js';
import type { FeedbackReceipt, RequestReceipt, RequestStatus } from './schemas/receipts.js';
import { DisclosureError, NetworkError, type HttpError } from './errors.js';
import { BundleSource } from './sources/bundle.js';
import type { Source } from './sources/source.js';
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
  /** Forgets cached reads. */
  refresh(): void;
  /** Starts a read before the code that validates it has loaded; the next `get` of the URL uses it. */
  prefetch(url: string): void;
  /** The API base URL, resolved, when there is one. */
  readonly api: string | undefined;
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
  if (!src && !api) throw new DisclosureError('createClient needs `src` (a bundle manifest URL) or `api` (an API base URL)');
  const http = new Transport(options);
  const base = api ? new URL(api.endsWith('/') ? api : `${api}/`, globalThis.location?.href).href : undefined;
  const bundle = src ? new BundleSource(src, http) : undefined;
  // The API's reader loads on first use: a page that reads a bundle never ships it.
  let apiReader: Promise<Source> | undefined;
  const viaApi = () =>
    (apiReader ??= import('./sources/api.js').then(
      ({ ApiSource }) => new ApiSource(base!, http),
      (cause: unknown) => {
        apiReader = undefined;
        throw new NetworkError('sources/api.js', cause);
      },
    ));
  const read =
    <K extends Exclude<keyof Source, 'kind'>>(method: K) =>
    (...args: Parameters<Source[K]>): ReturnType<Source[K]> =>
      (bundle ? (bundle[method] as (...a: unknown[]) => unknown)(...args) : viaApi().then((reader) => (reader[method] as (...a: unknown[]) => unknown)(...args))) as ReturnType<Source[K]>;

  /** The absolute URL of an API path, or a configuration error when there is no API. */
  function apiUrl(path: string): string {
    if (!base) throw new DisclosureError('Submissions need an `api` base URL; this client reads a static bundle only');
    return new URL(path, base).href;
  }

  return {
    kind: bundle ? 'bundle' : 'api',
    column: read('column'),
    areas: read('areas'),
    items: read('items'),
    item: read('item'),
    entries: read('entries'),
    entry: read('entry'),
    policies: read('policies'),
    latest: read('latest'),
    // The answers' schemas load with the first write: a page that only reads never ships them.
    async submitFeedback(feedback, o) {
      const url = apiUrl('feedback');
      return http.post(url, feedback, (await receipts()).FeedbackReceipt, o);
    },
    async submitRequest(request, o) {
      const url = apiUrl('requests');
      return http.post(url, request, (await receipts()).RequestReceipt, o);
    },
    async requestStatus(code, o) {
      const url = apiUrl(`requests/${encodeURIComponent(code.trim().toUpperCase())}`);
      // Never from the cache: staff may have moved it on a moment ago.
      return http.get(url, (await receipts()).RequestStatus, { ...o, fresh: true });
    },
    refresh: () => http.clear(),
    prefetch: (url) => http.prefetch(url),
    api: base,
    get: (url, schema, o) => http.get(url, schema, o),
  };
}
