/**
 * An error meant for people: its code is a key under "errors" in the message files.
 * Anything else that is thrown is logged and shown as the generic "unexpected" message.
 */
export class PublicError extends Error {
  constructor(
    readonly code: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 429 = 400,
    readonly field?: string,
    /** Plain data the form shows with the message, e.g. the meetings that stand in the way. */
    readonly details?: unknown,
  ) {
    super(code);
    this.name = "PublicError";
  }
}

export const forbiddenError = () => new PublicError("forbidden", 403);
export const notFoundError = () => new PublicError("notFound", 404);
