/**
 * The rules of 我要评's fields as plain values: the feedback schema is built from them, and the form
 * shows its character counts with them before the schema (and zod) has loaded. One place, so that
 * the form and the server never disagree.
 */

/** Most characters each text of a feedback may hold. */
export const FEEDBACK_LIMITS = { comment: 1000, reason: 1000, message: 2000 } as const;

/** A contact phone number as people write it: digits, spaces, dashes, +, brackets. */
export const CONTACT_PHONE = /^[\d\s+()-]{5,30}$/;

/** An e-mail address, loosely: something@somewhere.tld. */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
