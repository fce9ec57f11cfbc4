/** What the stories share: clients in every state, and the high-contrast tokens. */
import { createClient, type DisclosureClient } from '@gov-disclosure/sdk';
import { MemoryStore, Outbox } from '@gov-disclosure/sdk/outbox';
import { css, unsafeCSS } from 'lit';
import { withManyEntries } from '../test/support/many-entries.js';

/** The toolbar's choices, as a story's render receives them. */
export type Globals = Record<string, string>;

/** The toolbar's mode as an element's `mode` (high contrast is a token set, not a mode). */
export const mode = (globals: Globals) => (globals.mode === 'elderly' ? 'elderly' : 'standard');

export const SRC = '/bundle/430121/manifest.json';
export const CITY_SRC = '/bundle/430100/manifest.json';

/** A client on the demo bundle of 长沙县. */
export const demo = () => createClient({ src: SRC });

/** A client whose answers never come: the loading state. */
export const loading = () => createClient({ src: SRC, fetch: () => new Promise<Response>(() => undefined) });

/** A client whose server fails: the error state, with its retry. */
export const failing = () =>
  createClient({ src: SRC, retries: 0, fetch: async () => new Response('{"error":{"code":"x","message":"down"}}', { status: 503 }) });

/** A column with nothing published yet: the empty state. */
export function empty(): DisclosureClient {
  const base = demo();
  return { ...base, items: async () => [], entries: async (item) => ({ item, total: 0, offset: 0, limit: 20, entries: [] }), policies: async () => [] };
}

/** 200,000 entries on one item. */
export const huge = (total = 200_000) => withManyEntries(demo(), total);

/** An outbox whose server stores everything (the sent state), or is unreachable (the saved state). */
export function outbox(server: 'up' | 'down' | 'refuses' = 'up'): Outbox {
  let n = 0;
  return new Outbox({
    store: new MemoryStore(),
    lock: false,
    channel: false,
    fetch: async (input) => {
      if (server === 'down') throw new TypeError('Failed to fetch');
      if (server === 'refuses')
        return Response.json(
          { error: { code: 'invalid-body', message: 'Invalid fields', issues: [{ path: 'comment', expected: 'string', message: 'x' }] } },
          { status: 400 },
        );
      const today = new Date().toISOString().slice(0, 10);
      return String(input).endsWith('/requests')
        ? Response.json(
            { code: `430121-${today.replace(/-/g, '')}-STORY${String(++n).padStart(5, '0')}`, receivedAt: today, dueAt: today, latestDueAt: today },
            { status: 201 },
          )
        : Response.json({ id: `FB${today.replace(/-/g, '')}STORY${++n}`, receivedAt: `${today}T10:00:00+08:00` }, { status: 201 });
    },
  });
}

/** High contrast: the tokens a site would set, black on white with strong focus. */
export const highContrast = css`
  .gov-high-contrast {
    --gov-color-text: #000;
    --gov-color-muted: #000;
    --gov-color-surface: #fff;
    --gov-color-primary: #000;
    --gov-color-link: #00e;
    --gov-color-border: #000;
    --gov-color-focus: #c00;
  }
`;
const sheet = new CSSStyleSheet();
sheet.replaceSync(unsafeCSS(highContrast).cssText);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
