import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientNamespaces, pickClientMessages } from "./client-messages";
import { loadMessages } from "./messages";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") ? [full] : [];
  });
}

describe("messages sent to the browser", () => {
  it("cover every namespace a component translates with useTranslations", () => {
    const used = new Set<string>();
    for (const file of ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(process.cwd(), dir)))) {
      for (const call of readFileSync(file, "utf8").matchAll(/useTranslations\(([^)]*)\)/g)) {
        const literal = /^\s*"([^"]+)"\s*$/.exec(call[1]!);
        // A namespace known only at run time (or the whole tree) cannot be checked: name it.
        expect(literal, `${path.relative(process.cwd(), file)}: useTranslations(${call[1]})`).not.toBeNull();
        used.add(literal![1]!);
      }
    }
    const covered = (ns: string) => clientNamespaces.some((c) => ns === c || ns.startsWith(`${c}.`));
    expect([...used].filter((ns) => !covered(ns))).toEqual([]);
  });

  it("keep those namespaces whole and leave the others on the server", async () => {
    const messages = await loadMessages("ru");
    const picked = pickClientMessages(messages);
    expect(picked.booking).toEqual(messages.booking);
    expect(Object.keys(picked.schedule as object).sort()).toEqual(["calendar", "offline"]);
    expect(picked.directory).toBeUndefined();
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(messages).length / 1.5);
  });
});
