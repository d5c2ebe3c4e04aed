/** What every server action returns: a message key per field, never a stack trace. */
export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: FieldErrors; values?: Record<string, string>; details?: unknown };

export const initialActionState = { ok: true, data: undefined } as ActionResult<undefined>;
