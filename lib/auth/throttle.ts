import type { Database } from "@/db/client";
import { countHit, forgetHits, uncountHit } from "@/db/rate-limits";
import { PublicError } from "@/lib/errors";

/**
 * Failed sign-ins are counted per e-mail and per network address over a quarter of an hour.
 * Past the limit the password is not even checked, so guessing stops there; the count is the
 * same for an address with no account, so the refusal tells nothing of who has one. A right
 * password clears its e-mail's count.
 */
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const FAILURES_PER_EMAIL = 10;
/**
 * Generous: a venue's Wi-Fi puts hundreds of delegates behind one address, whose typos must
 * not lock the hall out. It still stops one machine trying passwords across many accounts.
 */
export const FAILURES_PER_ADDRESS = 300;

/**
 * Accounts made from one address in the same quarter of an hour. A registration desk on the
 * venue's Wi-Fi makes a few a minute; a script making accounts by the thousand stops here.
 */
export const SIGN_UPS_PER_ADDRESS = 30;

/**
 * Reset links asked for one e-mail, and from one address, in the same quarter of an hour. A
 * delegate who asks twice because the first e-mail is slow is served; a script filling
 * someone's inbox, or asking for every address it knows, stops here.
 */
export const RESET_REQUESTS_PER_EMAIL = 5;
export const RESET_REQUESTS_PER_ADDRESS = 30;

const emailKey = (email: string) => `sign-in:email:${email.trim().toLowerCase()}`;
const addressKey = (address: string) => `sign-in:address:${address}`;
const signUpKey = (address: string) => `sign-up:address:${address}`;
const resetEmailKey = (email: string) => `password-reset:email:${email.trim().toLowerCase()}`;
const resetAddressKey = (address: string) => `password-reset:address:${address}`;

/**
 * Counts a sign-in attempt (or a current password typed to change it) before the password is
 * checked, and refuses it with `tooManyAttempts` (429) past either limit. Counted first, one
 * statement per key: guesses sent at once cannot all pass a check made before any of them was
 * counted. A right password takes its attempt back (signInSucceeded).
 */
export async function countSignInAttempt(email: string, address: string | null, db: Database): Promise<void> {
  const byEmail = await countHit(emailKey(email), SIGN_IN_WINDOW_SECONDS, db);
  const byAddress = address ? await countHit(addressKey(address), SIGN_IN_WINDOW_SECONDS, db) : 0;
  if (byEmail > FAILURES_PER_EMAIL || byAddress > FAILURES_PER_ADDRESS) throw new PublicError("tooManyAttempts", 429);
}

/** A right password: its e-mail's failures are forgotten, and it no longer counts against its address. */
export async function signInSucceeded(email: string, address: string | null, db: Database): Promise<void> {
  await clearSignInFailures(email, db);
  if (address) await uncountHit(addressKey(address), db);
}

export async function clearSignInFailures(email: string, db: Database): Promise<void> {
  await forgetHits(emailKey(email), db);
}

/**
 * Counts a sign-up from `address` and refuses it with `tooManySignUps` (429) past the limit.
 * Counted before the account is made, in one statement, so sign-ups at once cannot all slip
 * under it; a refused one counts too, as the limit is on trying.
 */
export async function countSignUp(address: string | null, db: Database): Promise<void> {
  if (!address) return;
  if ((await countHit(signUpKey(address), SIGN_IN_WINDOW_SECONDS, db)) > SIGN_UPS_PER_ADDRESS) throw new PublicError("tooManySignUps", 429);
}

/**
 * Counts a request for a reset link and refuses it with `tooManyResetRequests` (429) past
 * either limit. Counted whether or not the e-mail has an account, so the refusal tells
 * nothing of who has one.
 */
export async function countResetRequest(email: string, address: string | null, db: Database): Promise<void> {
  const byEmail = await countHit(resetEmailKey(email), SIGN_IN_WINDOW_SECONDS, db);
  const byAddress = address ? await countHit(resetAddressKey(address), SIGN_IN_WINDOW_SECONDS, db) : 0;
  if (byEmail > RESET_REQUESTS_PER_EMAIL || byAddress > RESET_REQUESTS_PER_ADDRESS) throw new PublicError("tooManyResetRequests", 429);
}

/**
 * The client's address, or null. Each proxy in front appends the address it saw to
 * X-Forwarded-For, after whatever the client wrote there itself, so it is read from the end:
 * the entry the outermost of our TRUSTED_PROXIES (1 unless set: the load balancer) added.
 * The first entry is the client's to choose, and would let one machine pass for many.
 */
export function clientAddress(headers: Headers, proxies: number = trustedProxies()): string | null {
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (forwarded.length > 0) return forwarded[Math.max(0, forwarded.length - proxies)]!;
  return headers.get("x-real-ip")?.trim() || null;
}

function trustedProxies(): number {
  const proxies = Number(process.env.TRUSTED_PROXIES ?? 1);
  return Number.isInteger(proxies) && proxies >= 1 ? proxies : 1;
}
