/**
 * A full garbage collection, where the runtime allows one. Writing 200,000 pages leaves garbage
 * that V8 collects only when its heap nears a limit it sets from the build's own peak (1.6 GB for
 * 200,000 entries, though less than 0.5 GB is alive): collecting after the build and every so many
 * pages keeps the process near what is alive, within the 1 GB a build may take.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      // The documented flag, set before a new context is made: that context has `gc`.
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
