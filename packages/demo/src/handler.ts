/**
 * What the demo serves on its one port: the examples, the demo bundles, the CDN build, the SDK and
 * the reference server's API over the bundles (`/api/`). `serve.ts` listens with it; the
 * end-to-end test of a request serves it on a clock of its own.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { createApiHandler, type ServerOptions, type Storage } from '@gov-disclosure/server';
import { DEFAULT_BUNDLE_DIR } from './paths.js';
import { DEMO_CALENDAR } from './calendar.js';
import { contentType } from './content-types.js';

const ROOT = resolve(import.meta.dirname, '../../..');

/** URL prefix → folder. */
const MOUNTS: [prefix: string, dir: string][] = [
  ['/bundle/', DEFAULT_BUNDLE_DIR],
  ['/sdk/', join(ROOT, 'packages/sdk/dist/browser')],
  ['/cdn/', join(ROOT, 'packages/elements/dist/cdn')],
  ['/examples/', join(ROOT, 'examples')],
];

/** Who signs the main county's reply letters, and where its applicants seek remedies (the demo's; a site names its own). */
export const DEMO_LETTERHEADS = { '430121': { issuer: '长沙县人民政府办公室', reviewBody: '长沙县人民政府', prefix: '长县政办公开' } };

export interface DemoOptions {
  storage: Storage;
  /** The staff token for the CSV exports and the seeding. */
  staffToken: string;
  /** The server's clock (the real one unless a test moves it). */
  now?: ServerOptions['now'];
}

async function serveFile(req: IncomingMessage, res: ServerResponse, dir: string, rest: string): Promise<boolean> {
  let file = normalize(join(dir, decodeURIComponent(rest)));
  if (!file.startsWith(dir)) return false;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = join(file, 'index.html');
  const content = await readFile(file).catch(() => undefined);
  if (!content) return false;
  const etag = `"${createHash('sha1').update(content).digest('hex').slice(0, 16)}"`;
  // Content-hashed bundle files never change; everything else is revalidated.
  const immutable = /\.[0-9a-f]{12}\.json$/.test(file);
  res.setHeader('etag', etag);
  res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304).end();
    return true;
  }
  res.writeHead(200, { 'content-type': contentType(file) }).end(req.method === 'HEAD' ? undefined : content);
  return true;
}

/** The demo's request handler. */
export function createDemoHandler(o: DemoOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const api = createApiHandler({
    bundles: DEFAULT_BUNDLE_DIR,
    storage: o.storage,
    staffToken: o.staffToken,
    letterheads: DEMO_LETTERHEADS,
    calendar: DEMO_CALENDAR,
    now: o.now,
  });
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('x-content-type-options', 'nosniff');
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/examples/' }).end();
      return;
    }
    if (url.pathname === '/robots.txt') {
      // The site root's robots.txt, as build --html's robots.example.txt suggests: the main county's sitemap.
      const sitemap = `http://${req.headers.host ?? 'localhost'}/bundle/430121/sitemap.xml`;
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`User-agent: *\nAllow: /\nSitemap: ${sitemap}\n`);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      await api(req, res, url.pathname.slice(4));
      return;
    }
    if (url.pathname.startsWith('/examples/strict-csp/')) {
      // What a strict portal sends: nothing inline, no eval, Trusted Types for every DOM sink.
      res.setHeader(
        'content-security-policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'",
      );
    }
    for (const [prefix, dir] of MOUNTS) {
      if (url.pathname.startsWith(prefix) && (await serveFile(req, res, dir, url.pathname.slice(prefix.length)))) return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  };
}
