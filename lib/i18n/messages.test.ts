import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages, messageAreas } from "./messages";
import { locales } from "./routing";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message files", () => {
  it("lists every area that exists on disk", () => {
    const onDisk = readdirSync(path.join(process.cwd(), "messages", "fr")).map((f) => f.replace(/\.json$/, ""));
    expect([...messageAreas].sort()).toEqual(onDisk.sort());
  });

  it("give every locale exactly the French keys, none empty", async () => {
    const reference = keys(await loadMessages("fr")).sort();
    for (const locale of locales) {
      const messages = await loadMessages(locale);
      expect(keys(messages).sort(), locale).toEqual(reference);
      for (const key of keys(messages)) {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(String(value).trim(), `${locale}:${key}`).not.toBe("");
      }
    }
  });

  it("never splits one namespace across two areas", async () => {
    const seen = new Map<string, string>();
    for (const area of messageAreas) {
      const file = (await import(`../../messages/fr/${area}.json`)).default as Record<string, unknown>;
      for (const namespace of Object.keys(file)) {
        expect(seen.get(namespace), `${namespace} in ${area}`).toBeUndefined();
        seen.set(namespace, area);
      }
    }
  });
});
