import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { consoleNamespaces, participantNamespaces, pickClientMessages } from "./client-messages";
import { loadMessages } from "./messages";

const root = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") ? [full] : [];
  });
}

/** The project file an import names ("@/x", "./x"), or null for a package. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every namespace useTranslations is called with in this file and the project files it imports, transitively. */
function namespacesReachedFrom(entry: string): Set<string> {
  const namespaces = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const call of source.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)) namespaces.add(call[1]!);
    for (const imported of source.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
      const resolved = resolveImport(file, imported[1]!);
      if (resolved) queue.push(resolved);
    }
  }
  return namespaces;
}

const coveredBy = (list: readonly string[]) => (ns: string) => list.some((c) => ns === c || ns.startsWith(`${c}.`));

describe("messages sent to the browser", () => {
  it("name every namespace a component translates with useTranslations by a literal", () => {
    for (const file of ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)))) {
      for (const call of readFileSync(file, "utf8").matchAll(/useTranslations\(([^)]*)\)/g)) {
        // A namespace known only at run time (or the whole tree) cannot be checked: name it.
        expect(/^\s*"([^"]+)"\s*$/.test(call[1]!), `${path.relative(root, file)}: useTranslations(${call[1]})`).toBe(true);
      }
    }
  });

  it("reach each page with the namespaces its components use: the console's only where its layouts send them", () => {
    const entries = sourceFiles(path.join(root, "app", "[locale]")).filter((f) => /(page|layout|not-found|forbidden)\.tsx$/.test(f));
    const console = path.join(root, "app", "[locale]", "organiser") + path.sep;
    // The console's layout, and the invited organiser's page's own, carry the console's list.
    const withConsoleMessages = [console, path.join(root, "app", "[locale]", "organiser-invitation") + path.sep];
    const missing: string[] = [];
    for (const entry of entries) {
      const inConsole = withConsoleMessages.some((dir) => entry.startsWith(dir));
      const covered = coveredBy(inConsole ? consoleNamespaces : participantNamespaces);
      for (const ns of namespacesReachedFrom(entry)) if (!covered(ns)) missing.push(`${path.relative(root, entry)}: ${ns}`);
    }
    expect(missing).toEqual([]);
    // The check follows imports for real: the console's pages do reach console namespaces.
    expect([...namespacesReachedFrom(path.join(console, "settings", "page.tsx"))]).toContain("settings");
  });

  it("keep those namespaces whole, leave the others on the server, and the console's off participants' pages", async () => {
    const messages = await loadMessages("ru");
    const picked = pickClientMessages(messages, participantNamespaces);
    expect(picked.booking).toEqual(messages.booking);
    expect(Object.keys(picked.schedule as object).sort()).toEqual(["calendar", "offline"]);
    expect(picked.directory).toBeUndefined();
    const consoleOnly = consoleNamespaces.filter((ns) => !(participantNamespaces as readonly string[]).includes(ns));
    for (const ns of consoleOnly) expect(picked[ns.split(".")[0]!], ns).toBeUndefined();
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(messages).length / 3);
  });
});
