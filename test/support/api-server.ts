/**
 * The API server as the server tests start it (test/node/server*.test.ts): in-process on a free
 * port, over the demo bundles, with a staff token, the portal as its one origin and National Day
 * 2026 as its calendar; and the requests they make of it (a JSON POST, the staff CSV exports read
 * back as rows or records).
 */
import type { AddressInfo } from 'node:net';
import { createApiServer, sqliteStorage, type ServerOptions, type Storage } from '@gov-disclosure/server';
import { DEFAULT_BUNDLE_DIR } from '../../packages/demo/src/paths.js';

export const TOKEN = 'staff-secret-token';
export const PORTAL = 'https://www.csx.gov.cn';
// National Day 2026 as a site would configure it: 10-01..10-07 off, 09-27 and 10-10 worked.
const calendar = { holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], workdays: ['2026-09-27', '2026-10-10'] };

export interface Running {
  base: string;
  storage: Storage;
  close(): Promise<void>;
}

/** Starts the API server (SQLite in memory unless a storage is given) on a free port. */
export async function start(options: Partial<ServerOptions> & { storage?: Storage } = {}): Promise<Running> {
  const storage = options.storage ?? sqliteStorage({ file: ':memory:' });
  const server = createApiServer({ bundles: DEFAULT_BUNDLE_DIR, origins: [PORTAL], staffToken: TOKEN, calendar, rateLimit: false, ...options, storage });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    storage,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await storage.close();
    },
  };
}

/** POSTs `body` as JSON (a string as it is). */
export const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** A staff CSV export's rows after its header, split at commas. */
export async function csvRows(base: string, file: string): Promise<string[][]> {
  const text = await (await fetch(`${base}/staff/${file}`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(','));
}

/** A CSV export as records, by its Chinese headers (read as RFC 4180: quoted fields with doubled quotes). */
export async function csvRecords(
  base: string,
  file: string,
  headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` },
): Promise<Record<string, string>[]> {
  const text = await (await fetch(`${base}/staff/${file}`, { headers })).text();
  const [head, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return rows.map((cells) => Object.fromEntries(head!.map((name, i) => [name, cells[i] ?? ''])));
}

/** RFC 4180 as the exports write it: quoted fields with doubled quotes, CRLF between records. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    } else field += c;
  }
  if (field || row.length) (row.push(field), rows.push(row));
  return rows;
}
