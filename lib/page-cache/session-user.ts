import { LRUCache } from "lru-cache";
import { decode } from "next-auth/jwt";

/** next-auth's session cookie: the plain name over http, the __Secure- one over https. */
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

// Decrypting a token (a key derivation, then AES and HMAC) costs more than serving the page
// it unlocks, so each token that decrypted is remembered with its expiry. Only the exact
// token string finds the entry; a changed, re-signed or expired one is decrypted again.
const decoded = new LRUCache<string, { userId: string; expiresAt: number }>({ max: 20_000 });

interface CookieJar {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string }[];
}

/**
 * The signed-in user's id, read from the session cookie as the page will read it, or null
 * whenever there is any doubt (no cookie, both names, a cookie split in chunks, a token that
 * does not decrypt or has expired): then the page is rendered as usual and decides itself.
 */
export async function sessionUserId(cookies: CookieJar, secret: string): Promise<string | null> {
  const names = cookies.getAll().map((c) => c.name);
  const present = sessionCookies.filter((name) => names.includes(name));
  if (present.length !== 1) return null;
  const name = present[0]!;
  if (names.some((n) => n.startsWith(`${name}.`))) return null;
  const raw = cookies.get(name)!.value;
  const known = decoded.get(`${name}=${raw}`);
  if (known) return Date.now() < known.expiresAt ? known.userId : null;
  try {
    const token = await decode({ token: raw, secret, salt: name });
    if (typeof token?.sub !== "string" || typeof token.exp !== "number") return null;
    decoded.set(`${name}=${raw}`, { userId: token.sub, expiresAt: token.exp * 1000 });
    return token.sub;
  } catch {
    return null;
  }
}

