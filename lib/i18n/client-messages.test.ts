import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pickClientMessages, sectionNamespaces, shellNamespaces, type Section } from "./client-messages";
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

/** The deepest folder of a page's path that has a list of its own: "organiser/companies" before "organiser". */
function sectionOf(relative: string): Section | null {
  const folders = relative.split(path.sep).slice(0, -1);
  for (let n = folders.length; n > 0; n--) {
    const candidate = folders.slice(0, n).join("/");
    if (candidate in sectionNamespaces) return candidate as Section;
  }
  return null;
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

  it("reach each page with the namespaces its components use: its section's, sent by the section's layout", () => {
    const app = path.join(root, "app", "[locale]");
    const entries = sourceFiles(app).filter((f) => /(page|layout|not-found|forbidden|error)\.tsx$/.test(f));
    const missing: string[] = [];
    for (const entry of entries) {
      const relative = path.relative(app, entry);
      const section = sectionOf(relative);
      const covered = coveredBy(section ? sectionNamespaces[section] : shellNamespaces);
      for (const ns of namespacesReachedFrom(entry)) if (!covered(ns)) missing.push(`${relative}: ${ns}`);
    }
    expect(missing).toEqual([]);
    // The check follows imports for real: the console's pages do reach console namespaces.
    expect([...namespacesReachedFrom(path.join(app, "organiser", "settings", "page.tsx"))]).toContain("settings");
    expect(sectionOf(path.join("organiser", "companies", "page.tsx"))).toBe("organiser/companies");
    expect(sectionOf(path.join("organiser", "audit", "page.tsx"))).toBe("organiser");
  });

  it("are sent by each section's layout, for its section", () => {
    for (const section of Object.keys(sectionNamespaces)) {
      const layout = readFileSync(path.join(root, "app", "[locale]", ...section.split("/"), "layout.tsx"), "utf8");
      // A part of the console sends its strings to organisers only (ConsoleMessages).
      const sender = section.startsWith("organiser/") ? "ConsoleMessages" : "ClientMessages";
      expect(layout, section).toContain(`<${sender} section="${section}">`);
    }
  });

  it("keep those namespaces whole, leave the others on the server: a schedule carries neither the profile's nor the console's", async () => {
    const messages = await loadMessages("ru");
    const schedule = pickClientMessages(messages, sectionNamespaces.schedule);
    expect(Object.keys(schedule).sort()).toEqual(["errors", "schedule"]);
    expect(Object.keys(schedule.schedule as object).sort()).toEqual(["calendar", "offline"]);
    expect((schedule.schedule as Record<string, unknown>).calendar).toEqual((messages.schedule as Record<string, unknown>).calendar);
    const requests = pickClientMessages(messages, sectionNamespaces.requests);
    expect(requests.booking).toEqual(messages.booking);
    expect(requests.companyForm).toBeUndefined();
    expect(requests.settings).toBeUndefined();
    expect(JSON.stringify(schedule).length).toBeLessThan(JSON.stringify(messages).length / 10);
    // The company queue carries its own strings, not the agenda editor's or the settings'.
    const queue = pickClientMessages(messages, sectionNamespaces["organiser/companies"]);
    expect(Object.keys(queue).sort()).toEqual(["approvals", "errors", "setupMeetings"]);
  });
});
