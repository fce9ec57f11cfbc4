import { fileURLToPath } from 'node:url';

/** Where `npm run demo` writes the demo bundles, one folder per jurisdiction. */
export const DEFAULT_BUNDLE_DIR = fileURLToPath(new URL('../bundle', import.meta.url));

/** The demo server's SQLite database: feedback and disclosure requests sent from the examples. */
export const DEMO_DATABASE = process.env.GOV_DISCLOSURE_DB ?? fileURLToPath(new URL('../.data/gov-disclosure.db', import.meta.url));
