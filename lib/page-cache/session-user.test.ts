import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { carriesSession, sessionReader, sessionUserId } from "./session-user";

const secret = "a-secret-of-thirty-two-characters-or-more";
const plain = "authjs.session-token";
const secure = "__Secure-authjs.session-token";

const token = (sub: string, options: { salt?: string; maxAge?: number; key?: string } = {}) =>
  encode({ token: { sub }, secret: options.key ?? secret, salt: options.salt ?? plain, maxAge: options.maxAge ?? 3600 });
const jar = (cookie: string) => cookie;

afterEach(() => {
  vi.useRealTimers();
});

describe("the session's user, as the proxy reads it", () => {
  it("is the token's subject, under either cookie name with its own salt", async () => {
    expect(await sessionUserId(jar(`${plain}=${await token("ivan")}`), secret)).toBe("ivan");
    expect(await sessionUserId(jar(`${secure}=${await token("elena", { salt: secure })}`), secret)).toBe("elena");
  });

  it("is read among other cookies", async () => {
    expect(await sessionUserId(jar(`NEXT_LOCALE=fr; ${plain}=${await token("ivan")}; theme=dark`), secret)).toBe("ivan");
  });

  it("is nobody when in doubt: no cookie, both names, one name twice, chunks, another secret or salt, garbage", async () => {
    expect(await sessionUserId(null, secret)).toBeNull();
    expect(await sessionUserId(jar("other=1"), secret)).toBeNull();
    // Two cookies of one name (paths or domains differ): parsers disagree on which one counts.
    expect(await sessionUserId(jar(`${plain}=${await token("ivan")}; ${plain}=${await token("elena")}`), secret)).toBeNull();
    expect(await sessionUserId(jar(`${plain}.0=abc; ${plain}.1=def`), secret)).toBeNull();
    expect(await sessionUserId(jar(`${plain}=${await token("ivan")}; ${secure}=${await token("elena", { salt: secure })}`), secret)).toBeNull();
    expect(await sessionUserId(jar(`${plain}=${await token("ivan")}; ${plain}.0=abc`), secret)).toBeNull();
    expect(await sessionUserId(jar(`${plain}=${await token("ivan", { key: "another-secret-of-thirty-two-characters" })}`), secret)).toBeNull();
    expect(await sessionUserId(jar(`${plain}=${await token("ivan", { salt: secure })}`), secret)).toBeNull();
    expect(await sessionUserId(jar(`${plain}=not-a-token`), secret)).toBeNull();
  });

  it("is nobody once the token has expired, even after it was read while valid", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-08T08:00:00Z"), toFake: ["Date"] });
    const cookie = jar(`${plain}=${await token("karim", { maxAge: 60 })}`);
    expect(await sessionUserId(cookie, secret)).toBe("karim");
    vi.setSystemTime(new Date("2026-12-08T08:01:30Z"));
    expect(await sessionUserId(cookie, secret)).toBeNull();
  });
});

describe("the reader a page is kept for", () => {
  it("is the user with the session version signed in with, 0 for a session from before versions", async () => {
    const versioned = await encode({ token: { sub: "ivan", sv: 2 }, secret, salt: plain, maxAge: 3600 });
    expect(await sessionReader(jar(`${plain}=${versioned}`), secret)).toBe("ivan#2");
    expect(await sessionReader(jar(`${plain}=${await token("ivan")}`), secret)).toBe("ivan#0");
    expect(await sessionReader(jar(`${plain}=not-a-token`), secret)).toBeNull();
  });
});

describe("a visitor's request", () => {
  it("carries no session cookie at all; any, valid or not, whole or in chunks, makes it a session's", () => {
    expect(carriesSession(null)).toBe(false);
    expect(carriesSession("NEXT_LOCALE=fr; theme=dark")).toBe(false);
    expect(carriesSession(`${plain}=not-a-token`)).toBe(true);
    expect(carriesSession(`${secure}=x`)).toBe(true);
    expect(carriesSession(`${plain}.0=x`)).toBe(true);
  });
});
