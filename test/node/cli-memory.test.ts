/**
 * `gov-disclosure build --html` collects its garbage between the build and the pages and every
 * 20,000 pages (the 200,000-entry build stays within 1 GB: `npm run bench`): the collection runs
 * without the runtime's --expose-gc flag, and frees what nothing holds.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getHeapStatistics } from 'node:v8';
import { collectGarbage } from '../../packages/cli/src/memory.js';

test('collectGarbage frees what nothing holds, with no flag given to node', () => {
  assert.equal(typeof (globalThis as { gc?: unknown }).gc, 'undefined', 'node runs without --expose-gc');
  let garbage: string[] | undefined = Array.from({ length: 200_000 }, (_, i) => `第${i}号公告`.repeat(8));
  const held = getHeapStatistics().used_heap_size;
  garbage = undefined;
  collectGarbage();
  const after = getHeapStatistics().used_heap_size;
  assert.equal(garbage, undefined);
  assert.ok(after < held - 20e6, `${(held / 1e6).toFixed(0)} MB → ${(after / 1e6).toFixed(0)} MB`);
});
