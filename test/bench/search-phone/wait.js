// Shared by both pages: resolves with the time since `t0` (performance.now()) at the first frame
// whose DOM says the results of this query are there (`done()`), with no fixed sleep. It watches
// `roots` for changes instead of polling every frame: a poll each frame keeps a phone's main
// thread busy (a third of it, 4× slowed) and would delay the very work it times, ours and
// Pagefind's alike.
export function until(t0, done, roots, timeoutMs = 180_000) {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (state) => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(state);
    };
    const check = () => {
      const state = !settled && done();
      // On screen: the frame that draws this DOM.
      if (state) requestAnimationFrame(() => finish({ ms: performance.now() - t0, ...state }));
      return !!state;
    };
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    for (const root of roots) observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => finish({ ms: NaN, error: `no results within ${timeoutMs / 1000} s` }), timeoutMs);
    check();
  });
}
