/**
 * The phone of test/bench/search-phone.ts: a cold phone (a fresh incognito context, the cache off,
 * the CPU 4× slower) that loads a search page from the simulated network and times one query after
 * another, counting what each fetched and how busy the page's main thread was.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { PhoneServer, Window } from './search-phone-network.js';

/** The simulated phone. */
export const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 412, height: 915, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true };

export const FIRST_QUERY = '低保';
export const LATER_QUERIES = ['学区', '资金发放', '养老补贴', '公租房', '医保'];

export interface Measured {
  /** Until the hits are on screen. */
  ms: number;
  /** Until the total and the facets are (later than `ms` when the page was shown while its hits were counted). */
  countedMs?: number;
  hits?: number;
  total?: number;
  summary?: string;
  first?: string;
  error?: string;
  net: Window;
  /** The page's main thread during the query: all its tasks, and the script among them (CDP Performance metrics). */
  busy?: { task: number; script: number };
}

interface Session {
  page: Page;
  close: () => Promise<void>;
  /** Times one query, counting what it fetched. */
  query: (q: string) => Promise<Measured>;
}

/** A cold phone: a fresh incognito context, the cache off, the page loaded, then the CPU slowed. */
export async function phone(browser: Browser, server: PhoneServer, url: string, { cpu = CPU_SLOWDOWN, simulate = true } = {}): Promise<Session> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('  [page]', error));
    await page.setViewport(VIEWPORT);
    await page.setCacheEnabled(false); // Network.setCacheDisabled
    await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
    await page.waitForFunction('window.ready', { timeout: 60_000 });
    await page.evaluate('window.ready');
    if (cpu > 1) await page.emulateCPUThrottling(cpu); // Emulation.setCPUThrottlingRate
    return {
      page,
      close: () => context.close(),
      query: async (q) => {
        const before = await page.metrics();
        const window = server.window(simulate);
        const result = (await page.evaluate(
          (query) => (globalThis as unknown as { measure: (q: string) => Promise<Omit<Measured, 'net'>> }).measure(query),
          q,
        )) as Omit<Measured, 'net'>;
        const net = await window.stop();
        const after = await page.metrics();
        const busy = {
          task: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
          script: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000,
        };
        return { ...result, net, busy };
      },
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * A cold first query in a fresh context, then (unless `later` is empty) the later queries in the
 * same page. A page that fails is a failed measurement, not the end of the bench.
 */
export async function firstThenLater(
  browser: Browser,
  server: PhoneServer,
  url: string,
  later = LATER_QUERIES,
  options: { cpu?: number; simulate?: boolean } = {},
): Promise<{ first: Measured; later: Measured[] }> {
  let session: Session;
  try {
    session = await phone(browser, server, url, options);
  } catch (error) {
    server.simulate = false;
    const failed: Measured = {
      ms: NaN,
      error: `the page did not load: ${String((error as Error).message ?? error)}`,
      net: { wire: 0, body: 0, requests: [], lastByte: 0 },
    };
    return { first: failed, later: later.map(() => failed) };
  }
  try {
    const first = await session.query(FIRST_QUERY);
    const rest: Measured[] = [];
    for (const q of later) rest.push(await session.query(q));
    return { first, later: rest };
  } finally {
    await session.close();
  }
}
