import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";

test.describe("a visitor", () => {
  test("is sent to the page in the language the browser prefers", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ru-RU" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/ru$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    // The countries' names stay in the nominative, where Russian grammar lets them.
    await expect(page.getByText(/^Компании двух стран — Алжир и Россия — встречаются один на один/)).toBeVisible();
    await context.close();
  });

  test("reads the forum's landing page with times in the forum's zone", async ({ page }) => {
    await page.goto("/fr");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Forum");
    await expect(page.getByRole("heading", { name: "Secteurs" })).toBeVisible();
    await expect(page.getByText(/^Des entreprises de deux pays, Algérie et Russie, se rencontrent/)).toBeVisible();
    await expect(page.getByText("Industrie pharmaceutique", { exact: false }).first()).toBeVisible();
    // The browser runs on Moscow time; the page must still say Algiers' zone.
    await expect(page.getByText(/\(UTC\+1\)/)).toBeVisible();
    await expect(page.getByText(/Rendez-vous B2B de 10:00/).first()).toBeVisible();
    await expectAccessible(page);
  });

  test("switches language on any page, and Arabic reads right to left", async ({ page }) => {
    await page.goto("/fr/signin");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "العربية" }).click();
    await expect(page).toHaveURL(/\/ar\/signin$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("heading", { name: "تسجيل الدخول" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("navigation", { name: "اللغة" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/signin$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

    await page.goto("/ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expectAccessible(page);
  });

  test("who mistypes an address reads that the page is not found, in their language, with a way home", async ({ page }) => {
    const response = await page.goto("/ar/no-such-page/at-all");
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle(/^الصفحة غير موجودة/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1, name: "الصفحة غير موجودة" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "العودة إلى الصفحة الرئيسية للمنتدى" }).click();
    await expect(page).toHaveURL(/\/ar$/);

    // Under a section that exists, too.
    expect((await page.goto("/ru/organiser/no-such-tool"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Страница не найдена" })).toBeVisible();
  });
});
