/**
 * The API's read side, served from static bundles: every route of the contract that reads is
 * answered by the SDK's own bundle source over the file system, so the API and a static host
 * can never disagree about the data.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { loadLexicon, search, SEARCH_KINDS } from '@gov-disclosure/sdk/search';
import {
  createClient,
  DisclosureError,
  NotFoundError,
  POLICY_LEVEL_IDS,
  STAGE_IDS,
  ValidationError,
  type DisclosureClient,
  type ValidationIssue,
} from '@gov-disclosure/sdk';

/** An answer to send: status, JSON body and extra headers. */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** The error body of the contract (`ApiError`). */
export function errorAnswer(status: number, code: string, message: string, issues?: ValidationIssue[]): Answer {
  return { status, body: { error: { code, message, ...(issues ? { issues } : {}) } } };
}

/** A `fetch` that reads `file:` URLs, so that the SDK can read a bundle from disk. */
export const fileFetch: typeof fetch = async (input) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  try {
    return new Response(await readFile(fileURLToPath(url)), { headers: { 'content-type': 'application/json' } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
};

export interface ReadApiOptions {
  /** A folder holding one bundle per jurisdiction: `<dir>/<行政区划代码>/manifest.json`. */
  bundles: string;
  /** The clients of the bundles, when the caller shares them (see {@link bundleClients}). */
  clients?: (code: string) => DisclosureClient;
}

/**
 * The SDK's client of each jurisdiction's bundle in `bundles`, made once and kept: the read routes
 * answer from it, and the staff exports name the items and entries feedback is about through it.
 * `code` must be a 行政区划代码 (6 to 12 digits): it becomes part of a path.
 */
export function bundleClients(bundles: string): (code: string) => DisclosureClient {
  const clients = new Map<string, DisclosureClient>();
  return (code) => {
    if (!/^\d{6,12}$/.test(code)) throw new RangeError(`Not a 行政区划代码: ${code.slice(0, 20)}`);
    let client = clients.get(code);
    if (!client) {
      const src = pathToFileURL(join(bundles, code, 'manifest.json')).href;
      client = createClient({ src, fetch: fileFetch, cacheTtl: 5_000, retries: 0 });
      clients.set(code, client);
    }
    return client;
  };
}

/**
 * Answers the read routes of the contract under `/<jurisdiction>/…`, or `undefined` for a path
 * that is not a read route (so that the caller can try its other routes).
 */
export function createReadApi(options: ReadApiOptions) {
  const clientFor = options.clients ?? bundleClients(options.bundles);

  return async function read(method: string, pathname: string, query: URLSearchParams): Promise<Answer | undefined> {
    if (method !== 'GET' && method !== 'HEAD') return undefined;
    const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const [code, resource, id, sub] = parts;
    if (!code || !/^\d{6,12}$/.test(code) || !resource) return undefined;
    const client = clientFor(code);
    try {
      switch (resource) {
        case 'column': {
          if (parts.length !== 2) return undefined;
          // A bundle's index path means nothing to API clients: they search with /search.
          const { search: _index, lexicon: _lexicon, ...column } = await client.column();
          // Neighbours are reached through this API too: `<base>/<code>/` is a sibling of ours.
          const jurisdictions = column.jurisdictions?.map(({ data, ...j }) => (data ? { ...j, data: { api: `../${j.code}` } } : j));
          return ok({ ...column, jurisdictions });
        }
        case 'areas':
          if (parts.length === 2) return ok({ areas: await client.areas() });
          if (id && sub === 'items' && parts.length === 4) return ok({ items: await client.items(id, query.get('parent') ?? undefined) });
          return undefined;
        case 'items':
          if (!id) return undefined;
          if (parts.length === 3) return ok(await client.item(id));
          if (sub === 'entries' && parts.length === 4) return ok(await client.entries(id, entryQuery(query)));
          return undefined;
        case 'entries':
          return id && parts.length === 3 ? ok(await client.entry(id)) : undefined;
        case 'search': {
          if (parts.length !== 2) return undefined;
          const q = query.get('q')?.trim() ?? '';
          if (!q || q.length > 100) throw new BadQuery([{ path: 'q', expected: 'string of 1 to 100 characters', message: 'Say what to search for' }]);
          // Ranked by the SDK's own engine over the bundle's index: the same answer a static column gives.
          return ok(
            await search(client, q, {
              limit: whole(query, 'limit', 1, 100) ?? 20,
              offset: whole(query, 'offset', 0, 1_000_000) ?? 0,
              kind: oneOf(query, 'kind', SEARCH_KINDS),
              area: query.get('area') ?? undefined,
              year: query.get('year') ?? undefined,
              jurisdiction: query.get('jurisdiction') ?? undefined,
            }),
          );
        }
        case 'lexicon':
          return parts.length === 2 ? ok((await loadLexicon(client)) ?? { synonyms: [] }) : undefined;
        case 'latest':
          return parts.length === 2 ? ok(await client.latest()) : undefined;
        case 'policies': {
          const level = oneOf(query, 'level', POLICY_LEVEL_IDS);
          return ok({ policies: await client.policies({ level, area: query.get('area') ?? undefined }) });
        }
        default:
          return undefined;
      }
    } catch (error) {
      if (error instanceof BadQuery) return errorAnswer(400, 'invalid-query', error.message, error.issues);
      if (error instanceof NotFoundError) return errorAnswer(404, 'not-found', `No ${resource} ${id ?? code}`);
      if (error instanceof ValidationError) return errorAnswer(500, 'bad-data', 'The published data is invalid', error.issues);
      if (error instanceof DisclosureError) return errorAnswer(502, error.code, error.message);
      throw error;
    }
  };
}

class BadQuery extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(`Invalid query: ${issues.map((issue) => issue.path).join(', ')}`);
  }
}

function ok(body: unknown): Answer {
  return { status: 200, body };
}

function whole(query: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadQuery([{ path: name, expected: `integer from ${min} to ${max}`, message: `Invalid ${name}: ${raw.slice(0, 20)}` }]);
  }
  return value;
}

function oneOf<T extends string>(query: URLSearchParams, name: string, values: readonly T[]): T | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (!values.includes(raw as T)) throw new BadQuery([{ path: name, expected: `one of ${values.join(', ')}`, message: `Invalid ${name}` }]);
  return raw as T;
}

function entryQuery(query: URLSearchParams) {
  const q = query.get('q') ?? undefined;
  if (q && q.length > 200) throw new BadQuery([{ path: 'q', expected: 'string of at most 200', message: 'Query too long' }]);
  return {
    offset: whole(query, 'offset', 0, 10_000_000),
    limit: whole(query, 'limit', 1, 500),
    stage: oneOf(query, 'stage', STAGE_IDS),
    q,
  };
}
