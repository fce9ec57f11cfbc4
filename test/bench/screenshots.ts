/**
 * `npx tsx test/bench/screenshots.ts [base URL]`: screenshots of the examples in headless
 * Chromium, written to test/screenshots/ to be looked at (layout inside hostile CMS CSS, elderly
 * mode, an open entry). Needs `npm start` running.
 */
import { mkdir } from 'node:fs/promises';
import { launch } from './browser.js';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const out = new URL('../screenshots/', import.meta.url).pathname;
await mkdir(out, { recursive: true });

const shots: { name: string; path: string; width?: number; height?: number; wait?: string }[] = [
  { name: 'column', path: '/examples/column/#gov-item=social-assistance%3A1.1' },
  { name: 'column-entry', path: '/examples/column/#gov-item=compulsory-education%3A1.1&gov-entry=compulsory-education%3A1.1~1' },
  { name: 'cms-page', path: '/examples/cms-page/#gov-item=social-assistance%3A1.1' },
  { name: 'column-map', path: '/examples/column/#gov-section=map' },
  { name: 'column-policies', path: '/examples/column/#gov-section=policies' },
  { name: 'sdk', path: '/examples/sdk/' },
  { name: 'forms', path: '/examples/forms/', width: 900 },
];

const browser = await launch();
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    await page.setViewport({ width: shot.width ?? 1280, height: shot.height ?? 1000 });
    page.on('console', (m) => m.type() === 'error' && console.log(`[${shot.name}] console error:`, m.text()));
    page.on('pageerror', (e) => console.log(`[${shot.name}] page error:`, e));
    await page.goto(base + shot.path, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 800));
    await page.screenshot({ path: `${out}${shot.name}.png`, fullPage: true });
    console.log(`${out}${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
}
