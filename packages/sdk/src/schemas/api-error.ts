import * as z from 'zod/mini';

/** The body of every error answer of the API: a code, a message and, for 400, the field paths. */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    requestId: z.optional(z.string()),
    issues: z.optional(z.array(z.object({ path: z.string(), expected: z.string(), message: z.string() }))),
  }),
});
export type ApiError = z.infer<typeof ApiError>;
