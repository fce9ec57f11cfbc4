/**
 * What the LED board reads, through the SDK's one HTTP attempt (`fetch` with a time limit, and the
 * SDK's errors) and no more of the SDK: a board runs for weeks on a hall PC, so it must be small,
 * must never throw at the screen, and must cost the server nothing when nothing changed. Every
 * poll is a conditional request (`If-None-Match`): the manifest (or the API's `column` and
 * `latest`) answers 304 until the site republishes; the digest it points to is
 * content-hashed and fetched once per version. Malformed data is a failed poll, never a crash.
 */
import { answerError, attempt, readBody, type LatestDigest, type LatestEntry } from '@gov-disclosure/sdk';

export interface Board {
  name: string;
  areas: LatestDigest['areas'];
  entries: LatestEntry[];
  days: LatestDigest['days'];
}

interface Cached {
  etag: string | null;
  data: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 500;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value);

/** Checks a digest and drops what a board cannot show; throws when it is not a digest at all. */
function readDigest(value: unknown): Pick<Board, 'areas' | 'entries' | 'days'> {
  if (!isObject(value) || !Array.isArray(value.areas) || !Array.isArray(value.entries) || !Array.isArray(value.days))
    throw new TypeError('Not a digest of the latest disclosures');
  return {
    areas: value.areas.filter((a): a is Board['areas'][number] => isObject(a) && isText(a.id) && isText(a.name) && isCount(a.entries)).slice(0, 60),
    entries: value.entries
      .filter((e): e is LatestEntry => isObject(e) && isText(e.id) && isText(e.title) && isDate(e.publishedAt) && isText(e.area))
      .slice(0, 300),
    days: value.days.filter((d): d is Board['days'][number] => isObject(d) && isDate(d.date) && isCount(d.count)).slice(-62),
  };
}

export class Feed {
  #cache = new Map<string, Cached>();

  constructor(
    private readonly source: { src?: string | undefined; api?: string | undefined },
    private readonly fetcher?: typeof fetch,
    private readonly timeout = 20_000,
  ) {}

  /** One poll: the board's data, or a rejection (the board then keeps what it has). */
  async load(): Promise<Board> {
    const used = new Map<string, Cached>();
    const get = async (url: string) => {
      const cached = this.#cache.get(url);
      const response = await attempt(
        url,
        { headers: cached?.etag ? { 'if-none-match': cached.etag, accept: 'application/json' } : { accept: 'application/json' }, cache: 'no-store' },
        { fetch: this.fetcher, timeout: this.timeout },
      );
      let entry: Cached;
      if (response.status === 304 && cached) entry = cached;
      else if (response.ok) entry = { etag: response.headers.get('etag'), data: await response.json() };
      else throw await answerError(url, response, await readBody(response));
      used.set(url, entry);
      return entry.data;
    };
    let board: Board;
    const { src, api } = this.source;
    if (src) {
      const manifestUrl = new URL(src, location.href).href;
      const manifest = await get(manifestUrl);
      if (!isObject(manifest) || !isObject(manifest.jurisdiction) || !isText(manifest.latest)) throw new TypeError('Not a bundle manifest with a digest');
      board = {
        name: isText(manifest.jurisdiction.name) ? manifest.jurisdiction.name : '',
        ...readDigest(await get(new URL(manifest.latest, manifestUrl).href)),
      };
    } else if (api) {
      const base = new URL(api.replace(/\/?$/, '/'), location.href).href;
      const [column, digest] = await Promise.all([get(`${base}column`), get(`${base}latest`)]);
      const jurisdiction = isObject(column) && isObject(column.jurisdiction) ? column.jurisdiction : {};
      board = { name: isText(jurisdiction.name) ? jurisdiction.name : '', ...readDigest(digest) };
    } else throw new TypeError('<gov-led-board> needs src or api');
    // Only what this poll used is kept: an old version's digest does not linger for weeks.
    this.#cache = used;
    return board;
  }
}
