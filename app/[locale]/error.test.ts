import { readFileSync } from "node:fs";
import path from "node:path";
import { NextIntlClientProvider } from "next-intl";
import { type ComponentProps, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import PageError from "./error";

function render(locale: string, error: Error & { digest?: string }): string {
  const messages = JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, "core.json"), "utf8"));
  const page = createElement(PageError, { error, retry: () => {} });
  const config = { locale, messages, timeZone: "Africa/Algiers" } as Omit<ComponentProps<typeof NextIntlClientProvider>, "children">;
  return renderToStaticMarkup(createElement(NextIntlClientProvider, config as ComponentProps<typeof NextIntlClientProvider>, page));
}

describe("a page that fails to render", () => {
  it("says so in the reader's language, with a way to try again, a way home and the reference to look up", () => {
    const html = render("ar", Object.assign(new Error("hidden"), { digest: "3141592653" }));
    expect(html).toContain("<h1");
    expect(html).toContain("تعذّر عرض هذه الصفحة");
    expect(html).toMatch(/<button[^>]*type="button"[^>]*>إعادة المحاولة<\/button>/);
    expect(html).toContain('href="/ar"');
    expect(html).toContain("مرجع للمنظمين: 3141592653");
    expect(html).not.toContain("hidden");
  });

  it("leaves out the reference when there is none, and reads the same in every language", () => {
    for (const [locale, title] of [["fr", "Cette page n'a pas pu s'afficher"], ["ru", "Не удалось показать страницу"], ["en", "This page could not be shown"]]) {
      const html = render(locale!, new Error("from the browser"));
      expect(html).toContain(title!.replaceAll("'", "&#x27;"));
      expect(html).toContain(`href="/${locale}"`);
      expect(html).not.toMatch(/Référence|Номер для|Reference/);
    }
  });
});
