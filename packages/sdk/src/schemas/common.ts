import * as z from 'zod/mini';
import { idsOf, STAGES } from '../standard/vocabulary.js';

/** Non-empty text after trimming, with an upper bound so hostile data cannot balloon. */
export const text = (max = 2000) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** A calendar date as `YYYY-MM-DD` (成文日期, 发布日期 …). */
export const isoDate = () => z.iso.date();

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);

/** Whether a URL from data may be followed: http(s), or relative to where the data came from. */
export function isSafeUrl(value: string): boolean {
  // Browsers drop tabs and newlines anywhere and control characters in front ("java\nscript:").
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(cleaned);
  return !scheme || SAFE_PROTOCOLS.has(`${scheme[1]!.toLowerCase()}:`);
}

/** A link from data: http(s) or relative, never `javascript:` or `data:`. */
export const safeUrl = () =>
  z.string().check(z.maxLength(2048), z.refine(isSafeUrl, { message: 'Expected an http(s) or relative URL' }));

/** An absolute http(s) URL, such as a service's address on the government-service platform. */
export const httpUrl = () => z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** 五公开 stage. */
export const Stage = z.enum(idsOf(STAGES));

/** A stable identifier: letters, digits and `-_.:~` (item ids are `area:local`). */
export const Id = z.string().check(z.regex(/^[\w.:~-]{1,200}$/u));
export type Stage = z.infer<typeof Stage>;
