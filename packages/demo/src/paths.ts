import { fileURLToPath } from 'node:url';

/** Where `npm run demo` writes the demo bundles, one folder per jurisdiction. */
export const DEFAULT_BUNDLE_DIR = fileURLToPath(new URL('../bundle', import.meta.url));
