import { z } from "zod";
import type { RequestListItem } from "@/db/requests";
import type { MeetingRequest } from "@/db/schema";
import { PublicError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";

/**
 * What the meeting-request routes add to lib/api/route.ts's jsonRoute: reading a JSON body,
 * and the English wording of this area's rules. The wrapper reads flat codes under
 * `{namespace}.errors`; these codes can be nested ("requestAlready.accepted"), so they are
 * answered here, in the wrapper's error shape.
 */

type Messages = Record<string, unknown>;

function lookup(messages: unknown, code: string): string | undefined {
  const found = code.split(".").reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages);
  return typeof found === "string" ? found : undefined;
}

/** Where an area's error codes are looked up, first match wins; the shared ones come last. */
export type ErrorScopes = readonly string[];
const requestScopes: ErrorScopes = ["requestErrors"];

async function englishText(code: string, scopes: ErrorScopes): Promise<string> {
  const messages = await loadMessages("en");
  for (const scope of [...scopes, "errors"]) {
    const found = lookup(messages, `${scope}.${code}`);
    if (found) return found;
  }
  return code;
}

/** An error in the shape of the wrapper's: `{ error: { code, message, fields? } }`. */
export async function errorJson(status: number, code: string, fields?: Record<string, string>, scopes = requestScopes): Promise<Response> {
  const error: { code: string; message: string; fields?: Record<string, { code: string; message: string }> } = {
    code,
    message: await englishText(code, scopes),
  };
  if (fields && Object.keys(fields).length) {
    error.fields = Object.fromEntries(
      await Promise.all(Object.entries(fields).map(async ([field, fieldCode]) => [field, { code: fieldCode, message: await englishText(fieldCode, scopes) }])),
    );
  }
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * The request's JSON body checked by a schema; every invalid field is named. Only
 * `application/json` is read: a form on another site cannot send it without the browser's
 * cross-origin check, so a signed-in delegate cannot be made to accept a request unknowingly.
 */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  scopes = requestScopes,
): Promise<{ data: z.infer<S> } | { response: Response }> {
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) return { response: await errorJson(415, "jsonRequired", undefined, scopes) };
  const text = await request.text();
  let body: unknown = {};
  try {
    if (text.trim()) body = JSON.parse(text);
  } catch {
    return { response: await errorJson(400, "invalidJson", undefined, scopes) };
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return { data: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "body")] ??= issue.message;
  return { response: await errorJson(400, "invalidInput", fields, scopes) };
}

/** Runs a use case; a broken rule becomes its JSON answer, anything else goes to the wrapper. */
export async function answeringRules<T>(run: () => Promise<T>, scopes = requestScopes): Promise<T | Response> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof PublicError)) throw error;
    return errorJson(error.status, error.code, error.field ? { [error.field]: error.code } : undefined, scopes);
  }
}

/** A request as the API shows it. */
export function requestJson(request: MeetingRequest) {
  return {
    id: request.id,
    fromCompanyId: request.fromCompanyId,
    toCompanyId: request.toCompanyId,
    status: request.status,
    message: request.message,
    responseNote: request.responseNote,
    createdAt: request.createdAt.toISOString(),
    respondedAt: request.respondedAt?.toISOString() ?? null,
    cancelledAt: request.cancelledAt?.toISOString() ?? null,
  };
}

export function requestListJson(item: RequestListItem) {
  return { ...requestJson(item.request), fromCompany: item.fromCompany, toCompany: item.toCompany };
}
