/**
 * The SDK's error tree. Every error a client method rejects with (other than an abort, which
 * stays the platform's `AbortError`) is a {@link DisclosureError} whose `code` names its kind,
 * so that interfaces can show one localised message per kind.
 *
 * ```
 * DisclosureError
 * ├── ConfigError        the SDK or an element was set up wrongly (no src, no api)
 * ├── NetworkError       the request never got an answer
 * ├── TimeoutError       no answer in time
 * ├── HttpError          an answer with an error status (status, request id, the server's error)
 * │   ├── NotFoundError  404 / 410
 * │   └── RateLimitError 429 (retryAfter)
 * ├── ValidationError    an answer, or data given to the SDK, that breaks the schema
 * ├── WorkflowError      a step a request's state does not allow (a second 延期, an answer while paused)
 * └── ReportBalanceError an annual report whose table 三 does not balance (一 + 二 ≠ 三（七）+ 四 in a column)
 * ```
 */

export type ErrorCode = 'config' | 'network' | 'timeout' | 'http' | 'not-found' | 'rate-limited' | 'validation' | 'workflow' | 'unbalanced' | 'unknown';

export class DisclosureError extends Error {
  override name = 'DisclosureError';
  readonly code: ErrorCode;
  /** The URL that was requested, where there was one. */
  readonly url: string | undefined;

  constructor(message: string, options: { code?: ErrorCode; url?: string | undefined; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = options.code ?? 'unknown';
    this.url = options.url;
  }
}

/** The SDK or an element was set up wrongly: what is missing is in the message. */
export class ConfigError extends DisclosureError {
  override name = 'ConfigError';
  constructor(message: string) {
    super(message, { code: 'config' });
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
  constructor(
    url: string,
    readonly timeout: number,
    cause?: unknown,
  ) {
    super(`No answer from ${url} within ${timeout} ms`, { code: 'timeout', url, cause });
  }
}

/** What the API says went wrong (its error body, `{ error: { code, message, issues } }`). */
export interface ServerError {
  /** The API's own code: `invalid-body`, `captcha`, `rate-limited`, `not-found` … */
  code: string;
  message: string;
  /** For a refused body: each field's path and what was expected there. */
  issues?: ValidationIssue[];
}

export class HttpError extends DisclosureError {
  override name = 'HttpError';
  /** The HTTP status. */
  readonly status: number;
  /** The server's `X-Request-Id`, to quote when reporting a problem. */
  readonly requestId: string | undefined;
  /** The error body: parsed JSON where it was JSON, else text. */
  readonly body: unknown;
  /** What the server said, where it answered in the API's error shape. */
  readonly error: ServerError | undefined;
  /** Seconds the server asked to wait (`Retry-After`), where it said. */
  readonly retryAfter: number | undefined;

  constructor(
    url: string,
    status: number,
    init: { requestId?: string | undefined; body?: unknown; retryAfter?: number | undefined } = {},
    code: ErrorCode = 'http',
  ) {
    const error = serverErrorOf(init.body);
    const reason = error?.message ?? (typeof init.body === 'string' ? init.body.slice(0, 200) : '');
    super(`HTTP ${status} from ${url}${reason ? `: ${reason}` : ''}`, { code, url });
    this.status = status;
    this.requestId = init.requestId ?? (init.body as { error?: { requestId?: string } } | undefined)?.error?.requestId;
    this.body = init.body;
    this.error = error;
    this.retryAfter = init.retryAfter;
  }
}

export class NotFoundError extends HttpError {
  override name = 'NotFoundError';
  constructor(url: string, status: number, init: ConstructorParameters<typeof HttpError>[2] = {}) {
    super(url, status, init, 'not-found');
  }
}

/** 429: the server asks the client to slow down, for `retryAfter` seconds where it says. */
export class RateLimitError extends HttpError {
  override name = 'RateLimitError';
  constructor(url: string, init: ConstructorParameters<typeof HttpError>[2] = {}) {
    super(url, 429, init, 'rate-limited');
  }
}

/** The SDK's error for an HTTP answer with an error status, by status. */
export function httpError(url: string, status: number, init: ConstructorParameters<typeof HttpError>[2] = {}): HttpError {
  return status === 404 || status === 410
    ? new NotFoundError(url, status, init)
    : status === 429
      ? new RateLimitError(url, init)
      : new HttpError(url, status, init);
}

/** `Retry-After` in seconds (a number of seconds or an HTTP date), where the answer has it. */
export function retryAfterOf(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
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

/** The API's error (`{ error: { code, message, issues } }`) in a body, where it is one. */
function serverErrorOf(body: unknown): ServerError | undefined {
  const error = (body as { error?: ServerError } | undefined)?.error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string') return undefined;
  const { code, message, issues } = error;
  return { code, message, ...(Array.isArray(issues) ? { issues: issues.filter((i) => typeof i?.path === 'string') } : {}) };
}

/** Whether an error is an abort the caller asked for (not a failure to show). */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** A step that a request's state does not allow: `step` names it, the message says why. */
export class WorkflowError extends DisclosureError {
  override name = 'WorkflowError';
  constructor(
    readonly step: string,
    message: string,
  ) {
    super(message, { code: 'workflow' });
  }
}

/** A check of the annual report's table 三 that fails: in which column (or row), and the two sides. */
export interface Imbalance {
  /** The template's label of the column (自然人, 商业企业, …, 总计) or, for a row's 总计, of the row. */
  where: string;
  /** The check, in the template's words: `一 + 二 = 三（七）+ 四`. */
  check: string;
  left: number;
  right: number;
}

/** An annual report that does not balance: each failing check names its column and both sides. */
export class ReportBalanceError extends DisclosureError {
  override name = 'ReportBalanceError';
  constructor(readonly imbalances: readonly Imbalance[]) {
    super(`The report does not balance: ${imbalances.map((i) => `${i.where}: ${i.check} (${i.left} ≠ ${i.right})`).join('; ')}`, { code: 'unbalanced' });
  }
}
