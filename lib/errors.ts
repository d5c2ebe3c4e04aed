import { DrizzleQueryError } from "drizzle-orm";

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

/**
 * Logs an unexpected error for whoever runs the app. A failed query is logged by its SQL and
 * the database's reason, never its parameters: they hold password hashes, hashes of reset
 * links and people's details.
 */
export function logUnexpected(error: unknown): void {
  if (!(error instanceof DrizzleQueryError)) return console.error(error);
  // Only the reason and where: the driver's own error may carry the parameters too.
  const { cause } = error;
  const code = (cause as { code?: unknown } | undefined)?.code;
  console.error(`Failed query: ${error.query}${code ? ` (${String(code)})` : ""}\n${cause?.stack ?? String(cause)}`);
}
