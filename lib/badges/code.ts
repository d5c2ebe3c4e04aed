import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong. */
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const codeLength = 16; // 80 bits

export const BADGE_PREFIX = "PSL";

/** Badges are signed with BADGE_SECRET, else AUTH_SECRET; rotating it voids printed badges. */
export function badgeSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.BADGE_SECRET ?? env.AUTH_SECRET;
  if (!secret || secret.length < 32) throw new Error("BADGE_SECRET or AUTH_SECRET (32+ characters) is needed to sign badges");
  return secret;
}

export const newNonce = () => randomBytes(12).toString("base64url");

function base32(bytes: Buffer, length: number): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** The code of a badge: an HMAC of the person and the badge's nonce, never a bare id. */
export function deriveBadgeCode(userId: string, nonce: string, secret: string): string {
  const mac = createHmac("sha256", secret).update(`badge:${userId}:${nonce}`).digest();
  return base32(mac, codeLength);
}

/** What is stored: a hash of the code, so the table alone reveals no working code. */
export const hashBadgeCode = (code: string) => createHash("sha256").update(code).digest("hex");

/** "PSL-ABCD-EFGH-JKMN-PQRS", as printed and as the QR code carries it. */
export function formatBadgeCode(code: string): string {
  return [BADGE_PREFIX, ...(code.match(/.{1,4}/g) ?? [])].join("-");
}

/**
 * A typed or scanned code back to its canonical form: case, spaces and dashes do not matter,
 * and O, I and L read as 0, 1 and 1. Null when it cannot be a badge code at all.
 */
export function normalizeBadgeCode(input: string): string | null {
  let text = input.toUpperCase().replace(/[\s\-_.]/g, "");
  if (text.startsWith(BADGE_PREFIX)) text = text.slice(BADGE_PREFIX.length);
  text = text.replace(/O/g, "0").replace(/[IL]/g, "1");
  if (text.length !== codeLength) return null;
  for (const ch of text) if (!alphabet.includes(ch)) return null;
  return text;
}

/** The badge's own check: its code is the one the secret gives for its person and nonce. */
export function codeMatches(code: string, userId: string, nonce: string, secret: string): boolean {
  const expected = Buffer.from(deriveBadgeCode(userId, nonce, secret));
  const given = Buffer.from(code);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
