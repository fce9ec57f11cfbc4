/**
 * Dead links, checked only when asked (`check --links`): 我要办 service links, attachments, policy
 * texts and their 解读, the sub-column links and the neighbouring columns. Absolute links are
 * fetched (HEAD, then GET where HEAD is refused) with a 15 s timeout, a few at a time and no more
 * than one request per host every `perHostMs`; relative ones are files of the built folder, or
 * fetched from `baseUrl` when one is given. Nothing leaves the machine without `--links`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltColumn } from './read-built.js';
import type { Finding } from './indicators.js';

export interface LinkOptions {
  baseUrl?: string;
  timeoutMs?: number;
  concurrency?: number;
  perHostMs?: number;
  fetch?: typeof globalThis.fetch;
}

interface Link {
  url: string;
  what: string;
  area: string;
  item?: string;
  entry?: string;
}

/** Every link the column's data holds, once per URL and place. */
export function linksOf(column: BuiltColumn): Link[] {
  const links: Link[] = [];
  const { manifest } = column;
  for (const [name, url] of Object.entries(manifest.links ?? {})) if (url) links.push({ url, what: `专栏导航 ${name}`, area: '' });
  for (const place of manifest.jurisdictions ?? []) {
    if (place.code === manifest.jurisdiction.code) continue;
    if (place.columnUrl) links.push({ url: place.columnUrl, what: `${place.name}的专栏`, area: '' });
  }
  for (const policy of column.policies) {
    links.push({ url: policy.url, what: `政策文件 ${policy.title}`, area: policy.area ?? '' });
    if (policy.interpretation) links.push({ url: policy.interpretation.url, what: `政策解读 ${policy.interpretation.title}`, area: policy.area ?? '' });
  }
  for (const [area, items] of column.items)
    for (const item of items) {
      if (item.service) links.push({ url: item.service.url, what: `我要办 ${item.name}`, area, item: item.id });
      for (const entry of column.entries.get(item.id) ?? []) {
        for (const file of entry.attachments ?? []) links.push({ url: file.url, what: `附件 ${file.name}`, area, item: item.id, entry: entry.id });
        if (entry.url) links.push({ url: entry.url, what: `原文 ${entry.title}`, area, item: item.id, entry: entry.id });
      }
    }
  return links;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The dead ones among `links`; each distinct URL is asked once. */
export async function deadLinks(column: BuiltColumn, o: LinkOptions = {}): Promise<Finding[]> {
  const doFetch = o.fetch ?? globalThis.fetch;
  const timeout = o.timeoutMs ?? 15_000;
  const perHost = o.perHostMs ?? 250;
  const links = linksOf(column);
  const verdicts = new Map<string, Promise<string | undefined>>();
  const nextSlot = new Map<string, number>();
  let running = 0;
  const waiting: (() => void)[] = [];
  const limit = async <T>(work: () => Promise<T>): Promise<T> => {
    if (running >= (o.concurrency ?? 6)) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
  const ask = async (url: string): Promise<string | undefined> => {
    const host = new URL(url).host;
    const slot = Math.max(Date.now(), nextSlot.get(host) ?? 0);
    nextSlot.set(host, slot + perHost);
    await sleep(slot - Date.now());
    try {
      let response = await doFetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(timeout) });
      if (response.status === 405 || response.status === 501) response = await doFetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeout) });
      return response.status >= 400 ? `HTTP ${response.status}` : undefined;
    } catch (error) {
      return (error as Error).name === 'TimeoutError' ? `no answer in ${timeout / 1000} s` : `unreachable (${(error as Error).message})`;
    }
  };
  const verdict = (link: Link): Promise<string | undefined> => {
    const absolute = /^https?:/i.test(link.url) ? link.url : o.baseUrl ? new URL(link.url, o.baseUrl).href : undefined;
    if (!absolute) {
      const path = link.url.split(/[?#]/)[0]!;
      if (link.url.startsWith('/')) return Promise.resolve(undefined); // the site's own page, outside the column's folder
      return Promise.resolve(existsSync(join(column.dir, decodeURIComponent(path))) ? undefined : 'no such file in the built folder');
    }
    let known = verdicts.get(absolute);
    if (!known) verdicts.set(absolute, (known = limit(() => ask(absolute))));
    return known;
  };
  const results = await Promise.all(links.map(async (link) => ({ link, dead: await verdict(link) })));
  return results
    .filter((r) => r.dead)
    .map(({ link, dead }) => ({
      indicator: 'broken-link' as const,
      area: link.area,
      ...(link.item ? { item: link.item } : {}),
      ...(link.entry ? { entry: link.entry } : {}),
      message: `${link.what}: ${link.url} — ${dead}`,
    }));
}
