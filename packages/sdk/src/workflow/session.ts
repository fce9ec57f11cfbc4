/**
 * Staff sign-in for the desk in a browser: what a login sends, and the session it gets back (the
 * session itself travels in an HttpOnly cookie the page never sees; the CSRF token is sent back as
 * the `X-CSRF-Token` header of every change).
 */
import * as z from 'zod/mini';
import { STAFF_ROLES } from './roles.js';

export const StaffLogin = z.object({
  /** The login name (`gov-disclosure-server user add <name>`). */
  name: z.string().check(z.minLength(1), z.maxLength(40)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});

export const StaffSession = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    /** The name people know them by (王敏), where the administrator gave one. */
    displayName: z.optional(z.string()),
    roles: z.array(z.enum(STAFF_ROLES.map((r) => r.id) as [(typeof STAFF_ROLES)[number]['id'], ...(typeof STAFF_ROLES)[number]['id'][]])),
    jurisdictions: z.array(z.string()),
  }),
  /** Sent back as `X-CSRF-Token` with every POST of this session. */
  csrf: z.string(),
  /** When the session ends (ISO time); sign in again after. */
  expiresAt: z.string(),
});

export type StaffLogin = z.infer<typeof StaffLogin>;
export type StaffSession = z.infer<typeof StaffSession>;
