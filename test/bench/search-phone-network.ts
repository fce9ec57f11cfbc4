/**
 * The simulated network of test/bench/search-phone.ts: one local static server that, inside a
 * measurement window, waits one round trip (150 ms) before each response's first byte and paces
 * every body through one shared 1.6 Mbps link; it serves gzip -6 as a CDN would, speaks HTTP/2 over
 * TLS (a self-signed certificate) or, without openssl, HTTP/1.1, and counts what it sent.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createServer as createHttp1Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { freePort } from '../support/free-port.js';
import { contentType } from '../../packages/demo/src/content-types.js';
import { CACHE } from './search-phone-data.js';

/** The simulated phone's network. */
export const RTT_MS = 150;
const BYTES_PER_SECOND = 1_600_000 / 8;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

/** One shared downlink: each chunk of every response takes its turn at 1.6 Mbps. */
class Link {
  #freeAt = 0;
  constructor(readonly bytesPerSecond: number) {}
  /** Resolves when `bytes` have crossed the link, after whatever was queued on it before. */
  async carry(bytes: number): Promise<void> {
    const now = performance.now();
    this.#freeAt = Math.max(now, this.#freeAt) + (bytes / this.bytesPerSecond) * 1000;
    await sleep(this.#freeAt - now);
  }
}

interface Served {
  path: string;
  /** When the request arrived and its last byte left, ms after the window opened. */
  at: number;
  done: number;
  /** Body bytes as sent (compressed when the server compressed). */
  bytes: number;
  status: number;
}

export interface Window {
  /** Bytes the server's sockets wrote (bodies, headers, HTTP/2 and TLS framing). */
  wire: number;
  /** Response body bytes (compressed as sent). */
  body: number;
  requests: Served[];
  /** When the last response's last byte left, ms after the window opened. */
  lastByte: number;
}

const TEXT = new Set(['.html', '.js', '.mjs', '.json', '.css', '.map', '.svg', '.txt']);

/**
 * The static server of the simulated network. Only inside a measurement window (`simulate`) does
 * it add the round trip and the pacing; page loads, which are not timed, go at full speed.
 * Per-request latency is one plain round trip before the first byte: no TCP or TLS handshake
 * (the connection is made when the page loads), no slow start, no upload time.
 */
export class PhoneServer {
  readonly #mounts: [prefix: string, dir: string][];
  readonly #link = new Link(BYTES_PER_SECOND);
  readonly #sockets: Socket[] = [];
  readonly #gzipped = new Map<string, Promise<{ body: Buffer; gzip: boolean; etag: string }>>();
  #server: ReturnType<typeof createSecureServer> | ReturnType<typeof createHttp1Server> | undefined;
  #active = 0;
  /** Called when no response is under way any more. */
  #idle: (() => void)[] = [];
  #log: Served[] | undefined;
  #opened = 0;
  simulate = false;
  origin = '';
  protocol = '';

  constructor(mounts: [prefix: string, dir: string][]) {
    this.#mounts = mounts;
  }

  async start(): Promise<string> {
    const port = await freePort();
    const handler = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
      this.#handle(req, res).catch((error) => {
        console.error('[phone server]', error);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    };
    const tls = await certificate();
    const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handler) : createHttp1Server({ keepAlive: true }, handler);
    // The raw TCP sockets, to count what goes on the wire (after TLS).
    server.on('connection', (socket: Socket) => this.#sockets.push(socket));
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
    this.#server = server;
    this.protocol = tls ? 'HTTP/2 over TLS' : 'HTTP/1.1';
    this.origin = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
    return this.origin;
  }

  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise((r) => (this.#server ? this.#server.close(r) : r(undefined)));
  }

  /**
   * Starts counting (and, unless told otherwise, simulating the phone's network); `stop()` waits
   * for the responses under way to finish and returns the count.
   */
  window(simulate = true): { stop: () => Promise<Window> } {
    const wireAt = this.#wire();
    const log: Served[] = [];
    this.#log = log;
    this.#opened = performance.now();
    this.simulate = simulate;
    return {
      stop: async () => {
        // The responses under way finish (at most a minute: a stuck one is not waited for).
        if (this.#active > 0)
          await new Promise<void>((done) => {
            this.#idle.push(done);
            setTimeout(done, 60_000).unref();
          });
        this.simulate = false;
        this.#log = undefined;
        return { wire: this.#wire() - wireAt, body: log.reduce((sum, r) => sum + r.bytes, 0), requests: log, lastByte: Math.max(0, ...log.map((r) => r.done)) };
      },
    };
  }

  #wire(): number {
    return this.#sockets.reduce((sum, s) => sum + s.bytesWritten, 0);
  }

  #file(url: string): string | undefined {
    const path = decodeURIComponent(new URL(url, 'http://x').pathname);
    for (const [prefix, dir] of this.#mounts) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      return file.startsWith(dir) ? file : undefined;
    }
    return undefined;
  }

  /** The body as sent: gzip -6 for text (once per file, cached like a CDN edge), as it is when gzip already. */
  #content(file: string): Promise<{ body: Buffer; gzip: boolean; etag: string }> {
    let cached = this.#gzipped.get(file);
    if (!cached) {
      cached = (async () => {
        const raw = await readFile(file);
        const etag = `"${createHash('sha1').update(raw).digest('hex').slice(0, 16)}"`;
        const ext = extname(file);
        const alreadyGzip = raw[0] === 0x1f && raw[1] === 0x8b; // Pagefind's .pf_* and wasm files
        if (alreadyGzip || !(TEXT.has(ext) || ext.startsWith('.pf_'))) return { body: raw, gzip: false, etag };
        return { body: await promisify(gzip)(raw, { level: 6 }), gzip: true, etag };
      })();
      this.#gzipped.set(file, cached);
      cached.catch(() => this.#gzipped.delete(file));
    }
    return cached;
  }

  async #handle(req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse): Promise<void> {
    const simulate = this.simulate;
    const log = this.#log;
    this.#active++;
    const served: Served = { path: req.url ?? '', bytes: 0, status: 200, at: performance.now() - this.#opened, done: 0 };
    log?.push(served);
    try {
      const file = this.#file(req.url ?? '/');
      const info = file ? await stat(file).catch(() => undefined) : undefined;
      // The round trip runs while the file is read and compressed.
      const [content] = await Promise.all([info?.isFile() ? this.#content(file!) : undefined, simulate ? sleep(RTT_MS) : undefined]);
      if (!content) {
        served.status = 404;
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return;
      }
      const headers: Record<string, string> = {
        'content-type': contentType(file!),
        'cache-control': 'no-cache',
        etag: content.etag,
        vary: 'accept-encoding',
      };
      if (req.headers['if-none-match'] === content.etag) {
        served.status = 304;
        res.writeHead(304, headers);
        res.end();
        return;
      }
      if (content.gzip) headers['content-encoding'] = 'gzip';
      headers['content-length'] = String(content.body.length);
      res.writeHead(200, headers);
      const CHUNK = 4096; // 20 ms of the link: responses in flight interleave at this grain
      for (let at = 0; at < content.body.length; at += CHUNK) {
        const chunk = content.body.subarray(at, at + CHUNK);
        if (simulate) await this.#link.carry(chunk.length);
        served.bytes += chunk.length;
        if (res.destroyed) break; // the page went away
        if (!(res as ServerResponse).write(chunk)) {
          await new Promise<void>((r) => {
            const go = () => {
              res.off('drain', go);
              res.off('close', go);
              r();
            };
            res.on('drain', go);
            res.on('close', go);
          });
        }
      }
      res.end();
    } finally {
      served.done = performance.now() - this.#opened;
      if (--this.#active === 0) for (const done of this.#idle.splice(0)) done();
    }
  }
}

/** A self-signed certificate for 127.0.0.1 (made once with openssl), or undefined without openssl. */
async function certificate(): Promise<{ key: Buffer; cert: Buffer } | undefined> {
  const key = join(CACHE, 'tls/key.pem');
  const cert = join(CACHE, 'tls/cert.pem');
  if (!existsSync(cert)) {
    await mkdir(join(CACHE, 'tls'), { recursive: true });
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:prime256v1',
          '-nodes',
          '-keyout',
          key,
          '-out',
          cert,
          '-days',
          '3650',
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
        ],
        { stdio: 'ignore' },
      );
    } catch {
      return undefined;
    }
  }
  return { key: await readFile(key), cert: await readFile(cert) };
}
