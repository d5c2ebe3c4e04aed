import { findPhoto } from "@/db/photos";
import { getCurrentUser } from "@/lib/auth/session";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A delegate's photo, for signed-in users only. The stored type was sniffed from the bytes
 * at upload; nosniff and a sandboxing CSP keep a browser from reading it as anything else.
 */
export async function GET(request: Request, { params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  if (!(await getCurrentUser())) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
  const photo = uuid.test(userId) ? await findPhoto(userId) : null;
  if (!photo) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });

  const etag = `"${photo.updatedAt.getTime().toString(36)}-${photo.size.toString(36)}"`;
  const headers = {
    "Content-Type": photo.contentType,
    "X-Content-Type-Options": "nosniff",
    // Pages add ?v=<change time> to the URL, so a new photo shows at once despite the cache.
    "Cache-Control": "private, max-age=3600",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    ETag: etag,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(photo.bytes), { status: 200, headers: { ...headers, "Content-Length": String(photo.size) } });
}
