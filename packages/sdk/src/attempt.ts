/**
 * One HTTP attempt and what its answer means, shared by every request the SDK and the elements
 * make: reads (through ky, which retries), the outbox's writes and the LED board's polls (plain
 * `fetch`, each with its own retry schedule). A network failure, a timeout and an error status
 * become the SDK's own errors, carrying what the server said.
 */
import type { HttpError } from './errors.js';

/**
 * The errors' code, loaded when an attempt fails: a form that only ever sends does not ship it
 * (reads have it already). Offline it may not load: the fetch's own error is thrown then.
 */
const errors = () => import('./errors.js');

export interface AttemptOptions {
  /** The `fetch` to use (tests, a proxy); the page's by default. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds before the attempt is given up as a `TimeoutError`. */
  timeout: number;
}

/**
 * Sends one request, given up after `timeout` ms (the caller has no other way to stop it). Resolves
 * with the answer whatever its status (the caller decides what an error status means); rejects
 * with a `TimeoutError` or a `NetworkError`.
 */
export async function attempt(url: string, init: Omit<RequestInit, 'signal'>, options: AttemptOptions): Promise<Response> {
  const fetcher = options.fetch ?? globalThis.fetch;
  const signal = AbortSignal.timeout(options.timeout);
  try {
    return await fetcher(url, { ...init, signal });
  } catch (error) {
    const { NetworkError, TimeoutError } = await errors().catch(() => {
      throw error;
    });
    throw signal.aborted ? new TimeoutError(url, options.timeout, error) : new NetworkError(url, error);
  }
}

/** An answer's body: JSON when it parses, else its text; undefined when it cannot be read. */
export async function readBody(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  } catch {
    return undefined;
  }
}

/** An answer with an error status as the SDK's error (`NotFoundError`, `RateLimitError`, `HttpError`), with the server's `error`. */
export async function answerError(url: string, response: Response, body: unknown): Promise<HttpError> {
  const { httpError, retryAfterOf } = await errors();
  return httpError(url, response.status, {
    requestId: response.headers.get('x-request-id') ?? undefined,
    body,
    retryAfter: retryAfterOf(response.headers),
  });
}
