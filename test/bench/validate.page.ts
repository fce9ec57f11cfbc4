// Runs in the bench page: validates a whole catalogue the way the client validates shards.
import * as z from 'zod/mini';
import { CatalogueItem } from '@gov-disclosure/sdk';

const Items = z.array(CatalogueItem);

declare global {
  interface Window {
    benchReady: boolean;
    validateRuns(items: unknown[], runs: number): number[];
  }
}

window.validateRuns = (items, runs) => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const copy = structuredClone(items);
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    const result = Items.safeParse(copy);
    times.push(performance.now() - start);
    if (!result.success) throw new Error(`Invalid catalogue: ${JSON.stringify(result.error.issues[0])}`);
  }
  return times;
};
window.benchReady = true;
