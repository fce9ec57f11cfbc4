/**
 * Waiting on the screen, frame by frame: for what an element draws after data it does not hold
 * (a map drawn once its matrix loads, results once their search ends). Never for longer than a
 * bound, and never stuck in a hidden tab, where frames stop.
 */

/** The next frame; in a hidden tab, a moment later instead (the wait must end). */
export const nextFrame = (): Promise<unknown> =>
  new Promise((resolve) => {
    requestAnimationFrame(resolve);
    setTimeout(resolve, 100);
  });

/** Waits a frame at a time until `condition` holds (true) or `ms` have passed (false). */
export async function untilDrawn(condition: () => boolean, ms = 5_000): Promise<boolean> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > ms) return false;
    await nextFrame();
  }
  return true;
}
