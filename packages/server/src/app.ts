/**
 * The reference server's HTTP layer: one handler that answers the whole API contract (reads from
 * a static bundle, writes into a {@link Storage}), with the limits a public endpoint needs: body
 * size, content type, a per-IP rate limit, a CORS allow-list, security headers and JSON errors.
 * Mount it under any prefix (`createApiHandler`), or run it alone (`createApiServer`).
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { WorkCalendar } from '@gov-disclosure/sdk';
import { bundleClients, createReadApi, errorAnswer, type Answer } from './read-api.js';
import { RateLimiter, type RateLimitOptions, type RateStore } from './rate-limit.js';
import type { Storage } from './storage/storage.js';
import { createStaffRoutes } from './staff/routes.js';
import type { Letterhead } from '@gov-disclosure/sdk/workflow';
import { createWriteApi, fingerprint, Problem, type Write } from './write-api.js';

export interface ServerOptions {
  /** Where submissions are kept. */
  storage: Storage;
  /** A folder of static bundles (`<dir>/<行政区划代码>/manifest.json`) that the read routes serve. */
  bundles?: string;
  /** Origins allowed to call the API from a browser (the portal's), or `['*']` for any. Same-origin calls always work. */
  origins?: readonly string[];
  /** The per-IP limit on submissions; `false` for none. Default 20 a minute, bursts of 10. */
  rateLimit?: RateLimitOptions | false;
  /** The largest JSON body, in bytes. Default 64 KiB; a request with an ID proof may be up to 8 MiB. */
  maxBodyBytes?: number;
  /**
   * A token shared by all staff (`Authorization: Bearer …`), standing for every role everywhere:
   * for the demo. Staff otherwise use their own API tokens (`gov-disclosure-server token add`).
   */
  staffToken?: string;
  /** Holidays and 调休 working days for the legal deadlines. */
  calendar?: WorkCalendar;
  /** Each jurisdiction's reply letters: who signs them, where remedies are sought, their numbers' prefix. */
  letterheads?: Record<string, Letterhead>;
  /** The site's captcha check (see {@link WriteApiOptions}). */
  verifyCaptcha?: (token: string | undefined, key: string) => boolean | Promise<boolean>;
  /** Take the client's IP from `X-Forwarded-For` (behind the site's own reverse proxy). */
  trustProxy?: boolean;
  /** The AES-256 key ID proofs are encrypted with at rest (see proof-seal.ts); the command reads it from GOV_DISCLOSURE_PROOF_KEY. */
  proofKey?: Buffer | undefined;
  /** The clock (tests). */
  now?: () => Date;
}

const MAX_REQUEST_BYTES = 8 * 1024 * 1024;
const KEY_PATTERN = /^[\x21-\x7e]{8,100}$/;

/** Headers on every answer: no sniffing, no framing, no referrer, nothing to run. */
const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'cross-origin',
};

/**
 * Makes the API handler. `path` is the route below the mount point (`/430121/feedback`); it
 * defaults to the request's own path.
 */
export function createApiHandler(options: ServerOptions): (req: IncomingMessage, res: ServerResponse, path?: string) => Promise<void> {
  const clients = options.bundles ? bundleClients(options.bundles) : undefined;
  const read = options.bundles ? createReadApi({ bundles: options.bundles, clients }) : undefined;
  // The exports name the items and entries feedback is about from the same bundles.
  const write = createWriteApi({ ...options, catalogue: clients });
  // Counted in the database, so that every instance behind a load balancer counts together.
  const rates: RateStore = { take: (...a) => options.storage.takeRate(...a), sweep: (now) => options.storage.sweepRates(now) };
  const limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit ?? { perMinute: 20, burst: 10 }, rates, 'write');
  const maxBody = options.maxBodyBytes ?? 64 * 1024;
  const origins = new Set(options.origins ?? []);

  function clientIp(req: IncomingMessage): string {
    const forwarded = options.trustProxy
      ? String(req.headers['x-forwarded-for'] ?? '')
          .split(',')
          .pop()
          ?.trim()
      : undefined;
    return forwarded || req.socket.remoteAddress || 'unknown';
  }

  const staffRoute = createStaffRoutes({
    storage: options.storage,
    write,
    staffToken: options.staffToken,
    calendar: options.calendar,
    letterheads: options.letterheads,
    now: options.now,
    bundles: options.bundles,
    clients,
    clientIp,
    secure: (req) => (req.socket as TLSSocket).encrypted === true || (!!options.trustProxy && req.headers['x-forwarded-proto'] === 'https'),
    // Logins per address, beside the lockout per name.
    limiter: options.rateLimit === false ? undefined : new RateLimiter({ perMinute: 10, burst: 5 }, rates, 'login'),
  });

  /** Reads a JSON body within the limits: 415 for another type, 413 when too big, 400 when not JSON. */
  async function readWrite(req: IncomingMessage, limit: number): Promise<Write> {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') throw new Problem(415, 'unsupported-media-type', 'Send JSON with Content-Type: application/json');
    const key = req.headers['idempotency-key'];
    if (key !== undefined && (typeof key !== 'string' || !KEY_PATTERN.test(key))) {
      throw new Problem(400, 'invalid-idempotency-key', 'Idempotency-Key must be 8 to 100 visible ASCII characters');
    }
    const bytes = await readBody(req, limit);
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      throw new Problem(400, 'invalid-json', 'The body is not valid UTF-8 JSON');
    }
    const captcha = req.headers['x-captcha-token'];
    return { body, fingerprint: fingerprint(bytes), key: key ?? randomUUID(), captcha: typeof captcha === 'string' ? captcha : undefined };
  }

  /**
   * Whether this instance can serve (for a load balancer): its database answers and has taken every
   * schema step this code knows. `/health` says only that the process is up.
   */
  async function ready(): Promise<Answer> {
    const notReady = (message: string) => ({ ...errorAnswer(503, 'not-ready', message), headers: { 'retry-after': '5', 'cache-control': 'no-store' } });
    try {
      const { taken, known } = await options.storage.schemaVersion();
      if (taken < known) return notReady(`The database has taken ${taken} of ${known} schema steps`);
      return { status: 200, body: { ready: true, storage: options.storage.kind, schema: taken }, headers: { 'cache-control': 'no-store' } };
    } catch (error) {
      return notReady(`The database does not answer: ${(error as Error).message}`);
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<Answer | 'sent'> {
    const method = req.method ?? 'GET';
    const parts = path.split('/').filter(Boolean);
    if (parts[0] === 'health' && parts.length === 1) return { status: 200, body: { ok: true, storage: options.storage.kind } };
    if (parts[0] === 'ready' && parts.length === 1) return ready();

    if (parts[0] === 'staff') return staffRoute(req, res, parts, query, () => readWrite(req, maxBody));

    const [jurisdiction, resource, code] = parts;
    const isJurisdiction = !!jurisdiction && /^\d{6,12}$/.test(jurisdiction);
    if (isJurisdiction && (resource === 'feedback' || resource === 'requests') && parts.length === 2) {
      if (method !== 'POST') return { ...errorAnswer(405, 'method-not-allowed', 'Use POST'), headers: { allow: 'POST, OPTIONS' } };
      const wait = (await limiter?.take(clientIp(req))) ?? 0;
      if (wait > 0) throw new Problem(429, 'rate-limited', `Too many submissions; try again in ${wait} s`, undefined, { 'retry-after': String(wait) });
      const body = await readWrite(req, resource === 'requests' ? Math.max(maxBody, MAX_REQUEST_BYTES) : maxBody);
      return resource === 'feedback' ? write.feedback(jurisdiction, body) : write.request(jurisdiction, body);
    }
    if (isJurisdiction && resource === 'requests' && code && parts.length === 3 && (method === 'GET' || method === 'HEAD')) {
      if (code.length > 60) return errorAnswer(404, 'not-found', 'No request with this tracking code (查询码)');
      return write.status(decodeURIComponent(code));
    }
    const answer = read ? await read(method, path, query) : undefined;
    if (answer) return answer;
    if (method !== 'GET' && method !== 'HEAD' && method !== 'POST')
      return { ...errorAnswer(405, 'method-not-allowed', `${method} is not allowed`), headers: { allow: 'GET, HEAD, POST, OPTIONS' } };
    return errorAnswer(404, 'not-found', `No route ${path}`);
  }

  return async function handle(req, res, path) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = randomUUID();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    res.setHeader('x-request-id', requestId);

    const origin = req.headers.origin;
    if (origin) {
      res.setHeader('vary', 'Origin');
      if (origins.has('*') || origins.has(origin) || origin === sameOrigin(req)) {
        res.setHeader('access-control-allow-origin', origin);
        res.setHeader('access-control-expose-headers', 'Retry-After, X-Request-Id, ETag, Idempotent-Replayed');
      } else if (req.method === 'OPTIONS' || req.method === 'POST') {
        send(res, req, errorAnswer(403, 'origin-not-allowed', `Origin ${origin.slice(0, 100)} may not call this API`));
        req.resume();
        return;
      }
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS',
        'access-control-allow-headers': 'Content-Type, Idempotency-Key, X-Captcha-Token, Authorization',
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }

    let answer: Answer | 'sent';
    try {
      answer = await route(req, res, path ?? url.pathname, url.searchParams);
    } catch (error) {
      if (error instanceof Problem) answer = error.answer();
      else {
        console.error(`[${requestId}]`, error);
        answer = errorAnswer(500, 'server-error', `Server error; quote request id ${requestId}`);
      }
    }
    if (answer !== 'sent') send(res, req, answer);
  };
}

/** Runs the API alone on its own port: `createApiServer(options).listen(8787)`. */
export function createApiServer(options: ServerOptions): Server {
  const handle = createApiHandler(options);
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  // Slow clients may not hold connections open: headers within 10 s, the whole body within 30 s.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;
  return server;
}

function sameOrigin(req: IncomingMessage): string | undefined {
  const host = req.headers.host;
  if (!host) return undefined;
  const secure = 'encrypted' in req.socket && req.socket.encrypted;
  return `${secure ? 'https' : 'http'}://${host}`;
}

/** Sends JSON; a 200 GET gets an ETag and answers `If-None-Match` with 304. */
function send(res: ServerResponse, req: IncomingMessage, answer: Answer): void {
  const json = JSON.stringify(answer.body);
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache', ...answer.headers };
  if (answer.status === 200 && (req.method === 'GET' || req.method === 'HEAD')) {
    const etag = `"${createHash('sha1').update(json).digest('base64url').slice(0, 22)}"`;
    headers.etag = etag;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
  }
  if (answer.status === 413) headers.connection = 'close';
  if (req.method === 'POST') headers['cache-control'] = 'no-store';
  res.writeHead(answer.status, headers).end(req.method === 'HEAD' ? undefined : json);
}

/** Reads at most `limit` bytes of body, or throws a 413 without reading the rest. */
async function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  const tooBig = () => new Problem(413, 'body-too-large', `The body is larger than ${limit} bytes`);
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooBig();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooBig();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
