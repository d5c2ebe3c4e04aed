import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { User } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth/session";
import { logUnexpected, PublicError } from "@/lib/errors";
import { localeFromAcceptLanguage } from "@/lib/i18n/accept-language";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale, type Locale } from "@/lib/i18n/routing";

type Access = "public" | "user" | "organiser";

/** The body of every error the JSON API answers. */
export interface ApiError {
  error: { code: string; message: string; fields?: Record<string, { code: string; message: string }> };
}

interface RouteOptions<Q extends z.ZodType> {
  access: Access;
  /** The schema of the query string; repeated keys arrive as lists. */
  query?: Q;
  /** A message namespace whose `errors` are tried before the shared ones, for this route's codes. */
  messages?: string;
}

interface RouteContext<Q extends z.ZodType, A extends Access> {
  request: Request;
  user: A extends "public" ? User | null : User;
  query: z.infer<Q>;
}

const noStore = { "Cache-Control": "no-store" };

/** The values of a URL search string, a repeated key as a list, for a zod schema to coerce. */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    object[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return object;
}

/**
 * The language of an error's message: the one the request asks for (Accept-Language), else
 * the signed-in user's own, else English, the language of integrations.
 */
export function errorLocale(request: Request, user: Pick<User, "locale"> | null): Locale {
  const own = user && isLocale(user.locale) ? user.locale : "en";
  return localeFromAcceptLanguage(request.headers.get("accept-language"), own);
}

/** The text of an error code: the route's own errors first, then the shared ones. */
async function errorMessage(locale: Locale, code: string, namespace?: string): Promise<string> {
  const messages = (await loadMessages(locale)) as Record<string, { errors?: Record<string, string> } & Record<string, unknown>>;
  const own = namespace ? messages[namespace]?.errors?.[code] : undefined;
  const shared = (messages.errors as Record<string, string> | undefined) ?? {};
  return own ?? shared[code] ?? shared.invalidInput ?? code;
}

async function errorResponse(locale: Locale, status: number, code: string, namespace?: string, fields?: Record<string, string>): Promise<Response> {
  const body: ApiError = { error: { code, message: await errorMessage(locale, code, namespace) } };
  if (fields && Object.keys(fields).length) {
    body.error.fields = Object.fromEntries(
      await Promise.all(Object.entries(fields).map(async ([field, fieldCode]) => [field, { code: fieldCode, message: await errorMessage(locale, fieldCode, namespace) }])),
    );
  }
  return Response.json(body, { status, headers: { ...noStore, "Content-Language": locale, Vary: "Accept-Language" } });
}

/**
 * The one wrapper for JSON route handlers: resolves the user, checks access, parses the
 * query with its zod schema, and answers every failure as `{ error: { code, message, fields } }`
 * with its status (400, 401, 403, 404, 409...), never an HTML page or a stack trace; the
 * messages are in the reader's language (errorLocale), the codes the same in every one.
 */
export function jsonRoute<Q extends z.ZodType = z.ZodObject<Record<string, never>>, A extends Access = Access>(
  options: RouteOptions<Q> & { access: A },
  handler: (context: RouteContext<Q, A>) => Promise<unknown>,
) {
  return async (request: Request): Promise<Response> => {
    let user: User | null = null;
    const fail = (status: number, code: string, fields?: Record<string, string>) =>
      errorResponse(errorLocale(request, user), status, code, options.messages, fields);
    try {
      user = options.access === "public" ? null : await getCurrentUser();
      if (options.access !== "public" && !user) return fail(401, "signInRequired");
      if (options.access === "organiser" && user?.role !== "organiser") return fail(403, "forbidden");
      let query: unknown = {};
      if (options.query) {
        const parsed = options.query.safeParse(queryObject(new URL(request.url).searchParams));
        if (!parsed.success) {
          const fields: Record<string, string> = {};
          for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "query")] ??= issue.message;
          return fail(400, "invalidInput", fields);
        }
        query = parsed.data;
      }
      const result = await handler({ request, user: user as RouteContext<Q, A>["user"], query: query as z.infer<Q> });
      return result instanceof Response ? result : Response.json(result, { headers: noStore });
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof PublicError) {
        return fail(error.status, error.code, error.field ? { [error.field]: error.code } : undefined);
      }
      logUnexpected(error);
      return fail(500, "unexpected");
    }
  };
}
