import * as z from 'zod/mini';
import { EMAIL } from '../forms/rules.js';
import { STAGE_IDS } from '../standard/vocabulary.js';

/** Non-empty text after trimming, with an upper bound so hostile data cannot balloon. */
export const text = (max = 2000) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar date as `YYYY-MM-DD` (成文日期, 发布日期 …). */
export const isoDate = () => z.string().check(z.regex(DATE, 'Expected a date, YYYY-MM-DD'));

/** A moment as ISO 8601 with an offset, e.g. `2026-11-01T09:30:00+08:00`. */
export const isoDateTime = () =>
  z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/, 'Expected an ISO 8601 time with offset'));

/** An e-mail address, checked loosely: the mail server has the last word. */
export const email = () => z.string().check(z.maxLength(254), z.regex(EMAIL, 'Expected an e-mail address'));

/**
 * Whether a URL from data may be followed: http(s) — `//host/…` too, which is http(s) to another
 * host, not a relative URL — or relative to where the data came from; with `mail`, `mailto:` too.
 * The one rule for links and media from data, the sanitiser's included; whether a URL stays on the
 * site is {@link isHomeUrl}'s question.
 */
export function isSafeUrl(value: string, mail?: boolean): boolean {
  // Browsers drop tabs and newlines anywhere and controls in front ("java\nscript:").
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(value.replace(/[\0- \x7f-\x9f]/g, ''));
  // A URL holds no raw markup (<, >, `): such a value is an attack on whatever parses it next.
  return !/[<>`]/.test(value) && (!scheme || (mail ? /^(https?|mailto)$/i : /^https?$/i).test(scheme[1]!));
}

/**
 * Whether `url`, resolved against `base` (where the data came from), stays home: on the base's
 * origin, or on a host the site lists. `//other.host/…` does not.
 */
export function isHomeUrl(url: string, base: string, hosts: readonly string[] = []): boolean {
  try {
    const { origin, host } = new URL(url, base);
    return origin === new URL(base).origin || hosts.includes(host);
  } catch {
    return false;
  }
}

/** A link from data: http(s) or relative, never `javascript:` or `data:`. */
export const safeUrl = () => z.string().check(z.maxLength(2048), z.refine(isSafeUrl, { message: 'Expected an http(s) or relative URL' }));

/** An absolute http(s) URL, such as a service's address on the government-service platform. */
export const httpUrl = () => z.string().check(z.maxLength(2048), z.regex(/^https?:\/\/[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$/i, 'Expected an absolute http(s) URL'));

/** Whether a number is a whole number ≥ 0. */
export function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/** Whether a number is a whole number ≥ 1. */
export function isPositiveInt(value: number): boolean {
  return Number.isInteger(value) && value > 0;
}

// Whole numbers are checked with refinements rather than z.int(): the same rule for a third of the
// bytes. The OpenAPI generator knows these three checks and writes `"type": "integer"` for them.
/** A whole number. */
export const int = () => z.number().check(z.refine(Number.isInteger, 'Expected an integer'));
/** A whole number ≥ 0 (a count or an offset). */
export const count = () => z.number().check(z.refine(isCount, 'Expected a whole number ≥ 0'));
/** A whole number ≥ 1. */
export const positiveInt = () => z.number().check(z.refine(isPositiveInt, 'Expected a whole number ≥ 1'));

/** 五公开 stage. */
export const Stage = z.enum(STAGE_IDS);

/** A stable identifier: letters, digits and `-_.:~` (item ids are `area:local`). */
export const Id = z.string().check(z.regex(/^[\w.:~-]{1,200}$/u));
export type Stage = z.infer<typeof Stage>;
