import { createHash } from "node:crypto";

const calendarType = "text/calendar; charset=utf-8";

/** A calendar file to save: the name in ASCII for old clients, in UTF-8 for the rest. */
export function calendarDownload(text: string, name: { ascii: string; localized: string }): Response {
  return new Response(text, {
    headers: {
      "Content-Type": calendarType,
      "Content-Disposition": `attachment; filename="${name.ascii}.ics"; filename*=UTF-8''${encodeURIComponent(name.localized)}.ics`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * A subscription's calendar: apps poll it, so a short private cache and an ETag spare both
 * sides the same bytes again and again.
 */
export function calendarFeed(text: string, request: Request, maxAgeSeconds: number): Response {
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  const headers = {
    "Content-Type": calendarType,
    "Cache-Control": `private, max-age=${maxAgeSeconds}`,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    // The URL holds a secret: never send it on as a referrer.
    "Referrer-Policy": "no-referrer",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(text, { headers });
}

export const calendarError = (status: 401 | 404) =>
  new Response(status === 404 ? "Not found\n" : "Sign in first\n", {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
