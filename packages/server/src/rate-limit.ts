/**
 * A per-client rate limit, shared by every instance of the server: a client may burst up to
 * `burst` requests, then `perMinute` a minute; beyond that it is told, with `Retry-After`, when its
 * next request will be accepted.
 *
 * It is the generic cell rate algorithm (GCRA): each client has one number, the moment its bucket
 * would be empty again (its "theoretical arrival time"); a request is let in when that moment, one
 * interval on, is no more than `burst` intervals away. One number per client is one row, changed
 * in one atomic statement: so the store is the server's database (`Storage.takeRate`), and several
 * instances behind a load balancer count together. `memoryRates()` is a store for one process.
 */
export interface RateLimitOptions {
  /** Sustained requests a minute per IP. */
  perMinute: number;
  /** Requests a client may make at once before the limit applies. Default: `perMinute / 4`, at least 1. */
  burst?: number;
}

/** Where the clients' moments are kept. */
export interface RateStore {
  /** Takes one request for `key`: 0 when let in, else the milliseconds until it would be. */
  take(key: string, intervalMs: number, burst: number, now: number): Promise<number>;
  /** Forgets the clients whose buckets are full again by `now`. */
  sweep?(now: number): Promise<void>;
}

export class RateLimiter {
  readonly #interval: number;
  readonly #burst: number;
  #sweptAt = 0;

  /** `scope` keeps limiters apart in one store (`write`, `login`). */
  constructor(
    options: RateLimitOptions,
    private readonly store: RateStore = memoryRates(),
    private readonly scope = 'write',
    private readonly now: () => number = Date.now,
  ) {
    this.#interval = 60_000 / options.perMinute;
    this.#burst = Math.max(1, options.burst ?? Math.ceil(options.perMinute / 4));
  }

  /** Takes one request for `client`: 0 when allowed, else the seconds to wait. */
  async take(client: string): Promise<number> {
    const now = this.now();
    if (now - this.#sweptAt >= 60_000) {
      this.#sweptAt = now;
      await this.store.sweep?.(now);
    }
    const wait = await this.store.take(`${this.scope}:${client}`, this.#interval, this.#burst, now);
    return wait > 0 ? Math.max(1, Math.ceil(wait / 1000)) : 0;
  }
}

/** The GCRA step for one client: its new moment when let in, or how long to wait. */
export function gcra(tat: number | undefined, intervalMs: number, burst: number, now: number): { tat: number; wait: 0 } | { wait: number } {
  const next = Math.max(tat ?? now, now) + intervalMs;
  if (next - now <= burst * intervalMs) return { tat: next, wait: 0 };
  return { wait: next - now - burst * intervalMs };
}

/** A store in this process's memory (one instance, or tests). */
export function memoryRates(): RateStore {
  const moments = new Map<string, number>();
  return {
    async take(key, intervalMs, burst, now) {
      const step = gcra(moments.get(key), intervalMs, burst, now);
      if ('tat' in step) moments.set(key, step.tat);
      return step.wait;
    },
    async sweep(now) {
      for (const [key, tat] of moments) if (tat <= now) moments.delete(key);
    },
  };
}
