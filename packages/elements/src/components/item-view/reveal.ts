/**
 * Brings what an item view opened on screen, focused, and keeps it there while what loads around
 * it settles. Loaded the first time a search result or a link opens an item.
 */
import type { ReactiveElement } from 'lit';
import { nextFrame } from '../../controllers/later.js';

/** Waits until the heading (`selector`) is there, or loading `failed`, then scrolls to it and focuses it. */
export async function reveal(host: ReactiveElement, selector: string, failing: () => boolean): Promise<boolean> {
  const started = performance.now();
  while (performance.now() - started < 15_000) {
    await host.updateComplete;
    const heading = host.shadowRoot?.querySelector<HTMLElement>(selector);
    const failed = failing();
    if (heading || failed) {
      const target = heading ?? host.shadowRoot?.querySelector<HTMLElement>('[role="alert"]');
      if (!target) return false;
      target.tabIndex = -1;
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
      await holdInView(target);
      return !failed;
    }
    await nextFrame();
  }
  return false;
}

/**
 * What loads around it (the tree revealing the item above, the QR code) may move the target after
 * it was scrolled to: keep it at the top until the layout has been still for a few frames, or the
 * person scrolls or types themselves.
 */
async function holdInView(target: HTMLElement): Promise<void> {
  let stopped = false;
  const stop = () => (stopped = true);
  const events = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;
  for (const name of events) window.addEventListener(name, stop, { once: true, passive: true });
  try {
    let still = 0;
    let last = target.getBoundingClientRect().top;
    // Where this left the page: a scroll by anyone else (a person, a script, a test) ends the hold.
    let scrolled = window.scrollY;
    for (let frame = 0; frame < 120 && still < 8 && !stopped; frame++) {
      await nextFrame();
      // The person took over during that frame: leave the page where they put it.
      if (stopped || Math.abs(window.scrollY - scrolled) > 1) break;
      const top = target.getBoundingClientRect().top;
      still = Math.abs(top - last) < 1 ? still + 1 : 0;
      last = top;
      if (top < 0 || top > window.innerHeight / 2) {
        target.scrollIntoView({ block: 'start' });
        last = target.getBoundingClientRect().top;
        scrolled = window.scrollY;
      }
    }
  } finally {
    for (const name of events) window.removeEventListener(name, stop);
  }
}
