import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { User } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { logUnexpected, PublicError } from "@/lib/errors";
import type { ActionResult } from "./result";

type Access = "public" | "user" | "organiser";

/** The form's text values, echoed back after a failure so nothing typed is lost. */
function echo(formData: FormData, omit: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

function formToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    const all = formData.getAll(key);
    object[key] = all.length > 1 || key.endsWith("[]") ? all : all[0];
  }
  return object;
}

/**
 * The one wrapper for form actions: resolves the user, checks access, parses the input with
 * the zod schema, and turns every failure into a typed, translatable result.
 */
export function formAction<S extends z.ZodType, T, A extends Access>(
  options: { schema: S; access: A; secretFields?: readonly string[] },
  handler: (input: z.infer<S>, user: A extends "public" ? User | null : User) => Promise<ActionResult<T>>,
) {
  const secret = options.secretFields ?? ["password"];
  return async (_previous: unknown, formData: FormData): Promise<ActionResult<T>> => {
    const values = echo(formData, secret);
    try {
      const user = options.access === "public" ? null : await getCurrentUser();
      if (options.access !== "public" && !user) return { ok: false, error: "signInRequired", values };
      if (options.access === "organiser" && user?.role !== "organiser") {
        return { ok: false, error: "forbidden", values };
      }
      const parsed = options.schema.safeParse(formToObject(formData));
      if (!parsed.success) {
        const { fieldErrors } = z.flattenError(parsed.error);
        return { ok: false, error: "invalidInput", fieldErrors: fieldErrors as Record<string, string[]>, values };
      }
      return await handler(parsed.data, user as A extends "public" ? User | null : User);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof PublicError) {
        return {
          ok: false,
          error: error.code,
          fieldErrors: error.field ? { [error.field]: [error.code] } : undefined,
          values,
          ...(error.details === undefined ? {} : { details: error.details }),
        };
      }
      logUnexpected(error);
      return { ok: false, error: "unexpected", values };
    }
  };
}
