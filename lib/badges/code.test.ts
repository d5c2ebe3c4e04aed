import { describe, expect, it } from "vitest";
import { codeMatches, deriveBadgeCode, formatBadgeCode, hashBadgeCode, newNonce, normalizeBadgeCode } from "./code";

const secret = "a-test-secret-a-test-secret-a-test-secret";
const userId = "0b6f6f0e-6a53-4f7e-9a34-6f0f3f0d2b11";

describe("badge codes", () => {
  it("derive 16 Crockford base32 characters that depend on the person, the nonce and the secret", () => {
    const nonce = newNonce();
    const code = deriveBadgeCode(userId, nonce, secret);
    expect(code).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{16}$/);
    expect(deriveBadgeCode(userId, nonce, secret)).toBe(code);
    expect(deriveBadgeCode(userId, newNonce(), secret)).not.toBe(code);
    expect(deriveBadgeCode(userId, nonce, `${secret}x`)).not.toBe(code);
    expect(code).not.toContain(userId.slice(0, 8).toUpperCase());
  });

  it("read back what is printed, typed in lower case, with spaces or look-alike letters", () => {
    const code = deriveBadgeCode(userId, "n1", secret);
    const printed = formatBadgeCode(code);
    expect(printed).toMatch(/^PSL-\w{4}-\w{4}-\w{4}-\w{4}$/);
    expect(normalizeBadgeCode(printed)).toBe(code);
    expect(normalizeBadgeCode(` ${printed.toLowerCase().replace(/-/g, " ")} `)).toBe(code);
    expect(normalizeBadgeCode("PSL-0000-1111-2222-333O")).toBe("0000111122223330");
    expect(normalizeBadgeCode("PSL-1234")).toBeNull();
    expect(normalizeBadgeCode(userId)).toBeNull();
    expect(normalizeBadgeCode("PSL-UUUU-UUUU-UUUU-UUUU")).toBeNull();
  });

  it("check a code against its person and nonce, and hash it for storage", () => {
    const code = deriveBadgeCode(userId, "n1", secret);
    expect(codeMatches(code, userId, "n1", secret)).toBe(true);
    expect(codeMatches(code, userId, "n2", secret)).toBe(false);
    expect(codeMatches(code.slice(0, 15), userId, "n1", secret)).toBe(false);
    expect(hashBadgeCode(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashBadgeCode(code)).not.toContain(code);
  });
});
