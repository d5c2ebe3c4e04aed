import { LRUCache } from "lru-cache";
import { decode } from "next-auth/jwt";

/** next-auth's session cookie: the plain name over http, the __Secure- one over https. */
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

// Decrypting a token (a key derivation, then AES and HMAC) costs more than serving the page
// it unlocks, so each token that decrypted is remembered with its expiry. Only the exact
// token string finds the entry; a changed, re-signed or expired one is decrypted again.
const decoded = new LRUCache<string, { userId: string; version: number; expiresAt: number }>({ max: 20_000 });

/** The session cookies (whole or in chunks) a Cookie header carries. */
function sessionCookiesIn(cookieHeader: string | null): { name: string; value: string }[] {
  if (!cookieHeader) return [];
  return cookieHeader
    .split(";")
    .map((pair) => {
      const at = pair.indexOf("=");
      return at < 0 ? { name: pair.trim(), value: "" } : { name: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim() };
    })
    .filter(({ name }) => sessionCookies.some((session) => name === session || name.startsWith(`${session}.`)));
}

/** Whether the request carries any session cookie at all, valid or not: without one, it is a visitor's. */
export function carriesSession(cookieHeader: string | null): boolean {
  return sessionCookiesIn(cookieHeader).length > 0;
}

/**
 * The signed-in user's id, read from the request's Cookie header as the page will read it, or
 * null whenever there is any doubt: then the page is rendered as usual and decides itself.
 * Doubt is no session cookie, more than one (both names, or one name twice, which browsers
 * send when cookies differ by path or domain and which parsers settle differently), a cookie
 * split in chunks, or a token that does not decrypt or has expired.
 */
export async function sessionUserId(cookieHeader: string | null, secret: string): Promise<string | null> {
  return (await sessionOf(cookieHeader, secret))?.userId ?? null;
}

/**
 * The reader a cached page is kept for: the user and the session version the session was
 * signed in with (lib/auth/config.ts). A session from before a password change never shares
 * a page with the sessions signed in since; the app itself refuses it.
 */
export async function sessionReader(cookieHeader: string | null, secret: string): Promise<string | null> {
  const session = await sessionOf(cookieHeader, secret);
  return session ? `${session.userId}#${session.version}` : null;
}

async function sessionOf(cookieHeader: string | null, secret: string): Promise<{ userId: string; version: number } | null> {
  const found = sessionCookiesIn(cookieHeader);
  if (found.length !== 1) return null;
  const { name, value } = found[0]!;
  if (!(sessionCookies as readonly string[]).includes(name) || !value) return null;
  const known = decoded.get(`${name}=${value}`);
  if (known) return Date.now() < known.expiresAt ? known : null;
  try {
    const token = await decode({ token: value, secret, salt: name });
    if (typeof token?.sub !== "string" || typeof token.exp !== "number") return null;
    const session = { userId: token.sub, version: typeof token.sv === "number" ? token.sv : 0, expiresAt: token.exp * 1000 };
    decoded.set(`${name}=${value}`, session);
    return session;
  } catch {
    return null;
  }
}
