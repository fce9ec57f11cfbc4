import type * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from './errors.js';

type Issue = z.core.$ZodIssue;

/** `['items', 3, 'deadline']` → `items[3].deadline`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function expectedOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected;
    case 'invalid_value':
      return `one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.format;
    case 'too_small':
      return `${issue.origin} of at least ${String(issue.minimum)}`;
    case 'too_big':
      return `${issue.origin} of at most ${String(issue.maximum)}`;
    case 'invalid_union':
      return 'one of the allowed shapes';
    default:
      return issue.message;
  }
}

/** Turns zod issues into the SDK's {@link ValidationIssue}s, descending into unions. */
export function toIssues(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  return issues.flatMap((issue): ValidationIssue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch that got furthest, which is what the author most likely meant.
      const best = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
      if (best.length > 0 && depth(best) > 0) return toIssues(best, path);
    }
    return [{ path: formatPath(path), expected: expectedOf(issue), message: issue.message }];
  });
}

function depth(issues: readonly Issue[]): number {
  return Math.max(0, ...issues.map((issue) => issue.path.length));
}

/** Parses `data` with `schema`, or throws a {@link ValidationError} naming the URL and paths. */
export function validate<S extends z.ZodMiniType>(schema: S, data: unknown, url?: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ValidationError(toIssues(result.error.issues), url);
}
