/**
 * Where the API's resources are: one rule for every read and every write, so that an element
 * never builds an API URL itself.
 */

/** The paths of the writes, by what they submit. */
export const WRITE_PATHS = { feedback: 'feedback', request: 'requests' } as const;

/** An API base URL resolved against the page, with the trailing slash its paths resolve under. */
export function apiBase(base: string): string {
  return new URL(base.endsWith('/') ? base : `${base}/`, globalThis.location?.href).href;
}

/** The absolute URL of `path` under the API base `base` (`/api/430121` + `feedback`). */
export function apiUrl(base: string, path: string): string {
  return new URL(path.replace(/^\//, ''), apiBase(base)).href;
}
