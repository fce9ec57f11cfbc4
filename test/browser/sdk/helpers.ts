/** Helpers for SDK tests: each test gets its own key on the test server, so counts are its own. */
let counter = 0;

export function key(name: string): string {
  counter++;
  return `${name}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

declare global {
  interface Window {
    /** The test server's origin, set by web-test-runner.config.mjs. */
    TEST_SERVER: string;
  }
}

/** The URL of a path on the test server, with a fault (`ok`, `503x2`, `429`, `slow`, `500`, `drop`). */
export function at(k: string, fault: string, path: string): string {
  return `${window.TEST_SERVER}/t/${k}/${fault}/${path}`;
}

export interface Stats {
  hits: Record<string, number>;
  times: Record<string, number[]>;
  headers: Record<string, Record<string, string | undefined>[]>;
  stored: Record<string, unknown>;
}

export async function stats(k: string): Promise<Stats> {
  return (await fetch(`${window.TEST_SERVER}/t/${k}/stats`)).json();
}

/** Resolves to the error a promise rejects with, or fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('Expected the promise to reject');
}

export const MAIN = '430121';
