// Shared by both pages: polls once a frame (no fixed sleeps) until `done()` says the results of
// this query are on screen, and resolves with the time since `t0` (performance.now()).
export function until(t0, done, timeoutMs = 180_000) {
  return new Promise((resolve) => {
    const check = () => {
      const state = done();
      if (state) resolve({ ms: performance.now() - t0, ...state });
      else if (performance.now() - t0 > timeoutMs) resolve({ ms: NaN, error: `no results within ${timeoutMs / 1000} s` });
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
