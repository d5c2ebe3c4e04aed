import { describe, expect, it } from "vitest";
import { pageLink, publicOrigin } from "./links";

describe("links in e-mails", () => {
  it("lead to the public address, in the reader's language", () => {
    expect(pageLink("ar", "/schedule", { PUBLIC_URL: "https://forum.example.dz/" })).toBe("https://forum.example.dz/ar/schedule");
    expect(pageLink("ru", "/requests", { AUTH_URL: "https://b2b.example.org/api/auth" })).toBe("https://b2b.example.org/ru/requests");
    expect(publicOrigin({ PUBLIC_URL: "https://a.example", AUTH_URL: "https://b.example" })).toBe("https://a.example");
  });

  it("fall back to this machine, passing over a malformed setting", () => {
    expect(publicOrigin({})).toBe("http://localhost:3000");
    expect(publicOrigin({ PORT: "3200", PUBLIC_URL: "not a url" })).toBe("http://localhost:3200");
  });
});
