/**
 * The SDK as an app's bundler sees it: esbuild, the package's own `sideEffects: false`, one file.
 * A dynamic import of the API reader inside the client once made esbuild wrap the shared schema
 * modules for lazy start-up, and an app that imported only a schema then used it before it was made.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { build } from 'esbuild';

test('a bundle of an app that imports only a schema from @gov-disclosure/sdk runs (dist and source)', async () => {
  const root = resolve(import.meta.dirname, '../..');
  for (const condition of ['import', 'source']) {
    const result = await build({
      stdin: {
        contents: `import * as z from 'zod/mini';
import { CatalogueItem } from '@gov-disclosure/sdk';
export const ok = z.array(CatalogueItem).safeParse([{ id: 'health:1', area: 'health', level: 1, name: '公共卫生服务' }]).success;`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      conditions: [condition],
      write: false,
      logLevel: 'silent',
    });
    const module = (await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0]!.text).toString('base64')}`)) as { ok: boolean };
    assert.equal(module.ok, true, condition);
  }
});
