/** Waiting for a condition, in the browser and in Node alike (no fixed pauses in tests). */

/** Resolves when `check` (or the promise it returns) passes, polling every `every` ms (16) (timers, not frames: a page may be in the background), or rejects after `timeout` ms. */
export async function until(check: () => unknown, timeout = 5000, what = 'condition', every = 16): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, every));
  }
}
