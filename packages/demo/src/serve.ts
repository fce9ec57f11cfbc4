/**
 * `npm start`: serves, on one port, the examples, the demo bundles and the reference server's API
 * over them: reads from the bundles, feedback and disclosure requests into a SQLite database
 * (`packages/demo/.data/gov-disclosure.db`). The bundles are what a static host or CMS file area
 * would serve.
 */
import { createServer } from 'node:http';
import { dirname } from 'node:path';
import { mkdirSync } from 'node:fs';
import { chinaDay } from '@gov-disclosure/sdk';
import { sqliteStorage } from '@gov-disclosure/server';
import { DEMO_DATABASE } from './paths.js';
import { DEMO_CALENDAR } from './calendar.js';
import { createDemoHandler } from './handler.js';
import { DESK_PASSWORD, DESK_USERS, seedDeskRequests, seedDeskUsers } from './desk-seed.js';
import { seedDeskReports } from './report-seed.js';

const PORT = Number(process.env.PORT ?? 8080);
const HOST = process.env.HOST ?? '127.0.0.1';

mkdirSync(dirname(DEMO_DATABASE), { recursive: true });
const storage = sqliteStorage({ file: DEMO_DATABASE });
/** The staff token for the CSV exports; set GOV_DISCLOSURE_STAFF_TOKEN for anything but a local demo. */
const STAFF_TOKEN = process.env.GOV_DISCLOSURE_STAFF_TOKEN ?? 'demo-staff-token';
const handle = createDemoHandler({ storage, staffToken: STAFF_TOKEN });

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('Server error');
  });
});

/**
 * A fresh demo's desk: its users, and a year of requests worked through the desk client; then the
 * annual reports of last year and this one, published into the rebuilt bundle at every start
 * (`GOV_DEMO_DESK=users` seeds the users alone: the tests that do not need the year).
 */
async function seedDesk(base: string): Promise<void> {
  await seedDeskUsers(storage);
  if (process.env.GOV_DEMO_DESK === 'users') return;
  let seeded = false;
  for await (const _ of storage.requests({ jurisdiction: '430121' })) {
    seeded = true;
    break;
  }
  if (!seeded) {
    const started = Date.now();
    const made = await seedDeskRequests({ api: `${base}/api/`, token: STAFF_TOKEN, today: chinaDay(), calendar: DEMO_CALENDAR });
    console.log(`  the desk: ${made} requests of the past year, in every state and outcome (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const years = await seedDeskReports({ api: `${base}/api/`, token: STAFF_TOKEN, today: chinaDay() });
  console.log(`  the 年报: ${years.join(' and ')} published at ${base}/bundle/430121/reports/`);
}

server.listen(PORT, HOST, () => {
  const base = `http://${HOST === '0.0.0.0' ? 'localhost' : HOST}:${PORT}`;
  seedDesk(`http://127.0.0.1:${PORT}`).catch((error: unknown) => console.error('demo desk:', error));
  console.log(`gov-disclosure demo on ${base}
  ${base}/examples/column/                  the disclosure column (web components) on the demo data
  ${base}/examples/cms-page/                the column pasted into a legacy CMS page
  ${base}/examples/sdk/                     the SDK alone, reading the demo bundle
  ${base}/bundle/430121/manifest.json       the static bundle of 长沙县 (the main county)
  ${base}/api/430121/areas                  the API over the same data (see packages/sdk/openapi.json)
  ${base}/examples/forms/                   我要评 feedback, 依申请公开 request and status lookup
  ${base}/examples/city-matrix/             the city's column and its nine counties' (1+9), one search over all ten
  ${base}/examples/led-board/               the LED board of a service hall (1920×1080; strip.html: 1280×160)
  ${base}/examples/kiosk/                   a touch kiosk: elderly mode, reset after idle minutes, print
  ${base}/examples/strict-csp/              the column under a strict CSP with Trusted Types
  ${base}/cdn/gov-disclosure.min.js         the CDN build (beside it: the autoloader, elements/ one file per element)
  ${base}/examples/desk/                    the staff desk: sign in as ${DESK_USERS.map(([name]) => name).join(', ')} (password ${DESK_PASSWORD}; 登记员, 承办人, 审核人, 管理员)
  ${base}/api/staff/feedback.csv            staff export (Authorization: Bearer ${STAFF_TOKEN === 'demo-staff-token' ? STAFF_TOKEN : '…'})
  database: ${DEMO_DATABASE}
Another port: PORT=3000 npm start (HOST=0.0.0.0 to serve other machines). Press Ctrl+C to stop.`);
});
