/**
 * A per-client rate limit: a token bucket per IP address, refilled continuously. A client may
 * burst up to `burst` requests, then `perMinute` a minute; beyond that it is told, with
 * `Retry-After`, when its next request will be accepted.
 */
export interface RateLimitOptions {
  /** Sustained requests a minute per IP. */
  perMinute: number;
  /** Requests a client may make at once before the limit applies. Default: `perMinute / 4`, at least 1. */
  burst?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #rate: number;
  readonly #burst: number;
  #sweptAt = 0;

  constructor(
    options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.#rate = options.perMinute / 60_000;
    this.#burst = Math.max(1, options.burst ?? Math.ceil(options.perMinute / 4));
  }

  /** Takes one token for `client`: 0 when allowed, else the seconds to wait. */
  take(client: string): number {
    const now = this.now();
    this.#sweep(now);
    const bucket = this.#buckets.get(client) ?? { tokens: this.#burst, at: now };
    bucket.tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.at) * this.#rate);
    bucket.at = now;
    this.#buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.#rate / 1000));
  }

  /** Forgets full buckets now and then, so that memory stays bounded by active clients. */
  #sweep(now: number): void {
    if (now - this.#sweptAt < 60_000) return;
    this.#sweptAt = now;
    for (const [client, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * this.#rate >= this.#burst) this.#buckets.delete(client);
    }
  }
}
