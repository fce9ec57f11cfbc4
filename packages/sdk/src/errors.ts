/**
 * The SDK's error tree. Every error a client method rejects with (other than an abort, which
 * stays the platform's `AbortError`) is a {@link DisclosureError} whose `code` names its kind,
 * so that interfaces can show one localised message per kind.
 *
 * ```
 * DisclosureError
 * ├── NetworkError      the request never got an answer
 * ├── TimeoutError      no answer in time
 * ├── HttpError         an answer with an error status (status, request id, body)
 * │   └── NotFoundError 404 / 410
 * └── ValidationError   an answer, or data given to the SDK, that breaks the schema
 * ```
 */

export type ErrorCode = 'config' | 'network' | 'timeout' | 'http' | 'not-found' | 'validation';

export class DisclosureError extends Error {
  override name = 'DisclosureError';
  readonly code: ErrorCode;
  /** The URL that was requested, where there was one. */
  readonly url: string | undefined;

  constructor(message: string, options: { code?: ErrorCode; url?: string | undefined; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = options.code ?? 'config';
    this.url = options.url;
  }
}

export class NetworkError extends DisclosureError {
  override name = 'NetworkError';
  constructor(url: string, cause?: unknown) {
    super(`Network error requesting ${url}`, { code: 'network', url, cause });
  }
}

export class TimeoutError extends DisclosureError {
  override name = 'TimeoutError';
  constructor(url: string, readonly timeout: number, cause?: unknown) {
    super(`No answer from ${url} within ${timeout} ms`, { code: 'timeout', url, cause });
  }
}

export class HttpError extends DisclosureError {
  override name = 'HttpError';
  /** The HTTP status. */
  readonly status: number;
  /** The server's `X-Request-Id`, to quote when reporting a problem. */
  readonly requestId: string | undefined;
  /** The error body: parsed JSON where it was JSON, else text. */
  readonly body: unknown;
  /** Seconds the server asked to wait (`Retry-After`), where it said. */
  readonly retryAfter: number | undefined;

  constructor(url: string, status: number, init: { requestId?: string | undefined; body?: unknown; retryAfter?: number | undefined } = {}, code: ErrorCode = 'http') {
    const reason = messageOf(init.body);
    super(`HTTP ${status} from ${url}${reason ? `: ${reason}` : ''}`, { code, url });
    this.status = status;
    this.requestId = init.requestId;
    this.body = init.body;
    this.retryAfter = init.retryAfter;
  }
}

export class NotFoundError extends HttpError {
  override name = 'NotFoundError';
  constructor(url: string, status: number, init: ConstructorParameters<typeof HttpError>[2] = {}) {
    super(url, status, init, 'not-found');
  }
}

/** One broken rule: where, and what was expected there. */
export interface ValidationIssue {
  /** A path such as `items[3].deadline.days`; empty for the document itself. */
  path: string;
  /** What was expected, e.g. `string`, `date`, `one of valid, amended, repealed`. */
  expected: string;
  message: string;
}

export class ValidationError extends DisclosureError {
  override name = 'ValidationError';
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], url?: string) {
    const first = issues[0];
    const where = url ? ` in ${url}` : '';
    const summary = first ? `${first.path || '(root)'}: expected ${first.expected}` : 'invalid data';
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    super(`Invalid data${where} at ${summary}${more}`, { code: 'validation', url });
    this.issues = issues;
  }
}

function messageOf(body: unknown): string | undefined {
  if (typeof body === 'string') return body.slice(0, 200) || undefined;
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') return body.message;
  return undefined;
}

/** Whether an error is an abort the caller asked for (not a failure to show). */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
