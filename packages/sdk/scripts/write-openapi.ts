/** Writes `packages/sdk/openapi.json` from the schemas: `npm run openapi`. */
import { writeFile } from 'node:fs/promises';
import { openApiDocument } from '../src/openapi.js';

const target = new URL('../openapi.json', import.meta.url);
await writeFile(target, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log(`Wrote ${target.pathname}`);
