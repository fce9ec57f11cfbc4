// The SDK from Node: `node examples/sdk/node.mjs` reads the demo bundle from disk;
// `node examples/sdk/node.mjs http://127.0.0.1:8080/api/430121` reads the API of `npm start`.
// (In a project of your own: `npm install @gov-disclosure/sdk`, then the same imports.)
import { createClient, DisclosureError } from '@gov-disclosure/sdk';
import { fileFetch } from '@gov-disclosure/server';
import { pathToFileURL } from 'node:url';

const target = process.argv[2];
const client = target
  ? createClient({ api: target })
  : createClient({ src: pathToFileURL(new URL('../../packages/demo/bundle/430121/manifest.json', import.meta.url).pathname).href, fetch: fileFetch });

try {
  const column = await client.column();
  const areas = await client.areas();
  console.log(`${column.jurisdiction.name}: ${areas.length} areas, ${column.counts?.items ?? '?'} items, ${column.counts?.entries ?? '?'} entries`);
  for (const area of areas.filter((a) => a.itemCount).slice(0, 5)) console.log(`  ${area.name}: ${area.itemCount} items, ${area.entryCount} entries`);
  const latest = await client.latest();
  console.log('Latest:');
  for (const entry of latest.entries.slice(0, 5)) console.log(`  ${entry.publishedAt} ${entry.title}`);
  const [first] = await client.items(areas.find((a) => a.itemCount)?.id ?? '');
  if (first) {
    const page = await client.entries(first.id, { limit: 3 });
    console.log(`${first.name}: ${page.total} entries; the newest: ${page.entries[0]?.title ?? '—'}`);
  }
} catch (error) {
  // Every failure is a DisclosureError with a code: network, timeout, http, not-found, validation.
  if (error instanceof DisclosureError) console.error(`Could not read the column (${error.code}): ${error.message}`);
  else throw error;
  process.exitCode = 1;
}
