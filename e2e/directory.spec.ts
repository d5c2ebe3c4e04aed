import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { delegate, signIn } from "./support/people";

test.describe("the company directory", () => {
  test("sends a signed-out visitor to sign in, and the API answers 401 in JSON", async ({ page, request }) => {
    await page.goto("/fr/companies?q=pharma");
    await expect(page).toHaveURL(/\/fr\/signin\?next=%2Fcompanies%3Fq%3Dpharma$/);
    const response = await request.get("/api/v1/companies?q=pharma");
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("signInRequired");
  });

  test("finds a company from a misspelt word in another language, filters, and opens its page", async ({ page }) => {
    await signIn(page, delegate);
    // From any page, through the header.
    await page.goto("/fr/schedule");
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Entreprises" }).click();
    await expect(page).toHaveURL(/\/fr\/companies$/);
    await expect(page.getByRole("heading", { name: "Annuaire des entreprises", level: 1 })).toBeVisible();
    await expectAccessible(page);

    // Russian, with a typo (ы for и), from the French interface.
    await page.getByLabel("Rechercher une entreprise").fill("дистрибуцыя");
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expect(page).toHaveURL(/\/fr\/companies\?q=%D0%B4/);
    await expect(page.getByRole("heading", { level: 2, name: /entreprises? pour « дистрибуцыя »/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "АО «ВолгаФарм»" })).toBeVisible();

    // Filters are folded away until asked for.
    await expect(page.getByLabel("Pays")).toBeHidden();
    await page.locator("summary", { hasText: "Filtres" }).click();
    await page.getByLabel("Pays").selectOption("RU");
    await page.getByLabel("Secteur").selectOption("pharma_health");
    await page.getByRole("button", { name: "Afficher les résultats" }).click();
    await expect(page).toHaveURL(/country=RU/);
    await expect(page).toHaveURL(/sector=pharma_health/);
    await expect(page.getByLabel("Pays")).toHaveValue("RU");
    // Counted without the country filter: Algerian distributors too, as "дистрибуцыя" in
    // Latin letters is close to their "distribution".
    await expect(page.getByRole("option", { name: /^Algérie \([1-9]\d*\)$/ })).toBeAttached();
    // What a company looks for reads as a list, not as words run together.
    await expect(page.getByRole("article", { name: "АО «ВолгаФарм»" })).toContainText("Recherche : Import, Distribution et Investissement");
    await expectAccessible(page);

    await page.getByRole("link", { name: "АО «ВолгаФарм»" }).click();
    await expect(page).toHaveURL(/\/fr\/companies\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: "АО «ВолгаФарм»", level: 1 })).toBeVisible();
    const offers = page.getByRole("region", { name: "Nous proposons" });
    await expect(offers.getByRole("listitem").first()).toHaveText("дистрибуция лекарств в России");
    await expect(page.getByRole("region", { name: "Nous recherchons" }).getByRole("listitem")).toHaveCount(2);
    const delegates = page.getByRole("region", { name: "Délégués" });
    await expect(delegates.getByText("Ivan Petrov")).toBeVisible();
    await expect(delegates.getByText("Коммерческий директор")).toBeVisible();
    await expect(delegates.getByText("Parle : russe et anglais")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Retour à l'annuaire" }).click();
    await expect(page).toHaveURL(/\/fr\/companies$/);
  });

  test("finds a Russian company typed in Latin letters, and companies by their sector's name", async ({ page }) => {
    await signIn(page, delegate);
    await page.goto("/en/companies");
    const search = async (q: string) => {
      await page.getByLabel("Search companies").fill(q);
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(`for “${q}”`) })).toBeVisible();
    };
    await expect(page.getByText("A name, a product, a service, a sector, a city, in Latin or Cyrillic letters…")).toBeVisible();
    await search("Volgafarm");
    await expect(page.getByRole("link", { name: "АО «ВолгаФарм»" })).toBeVisible();
    await expectAccessible(page);

    // 107 companies of the demo forum are in the artificial intelligence sector.
    await search("الذكاء الاصطناعي");
    const heading = await page.getByRole("heading", { level: 2, name: /compan(y|ies) for/ }).textContent();
    expect(Number(heading?.match(/^\d+/)?.[0])).toBeGreaterThanOrEqual(107);
    await page.locator("summary", { hasText: "Filters" }).click();
    await expect(page.getByRole("option", { name: /^Artificial intelligence \(\d+\)$/ })).toHaveText(/\((\d{3})\)$/);
  });

  test("pages through results with links, the query kept in the URL", async ({ page }) => {
    await signIn(page, delegate);
    await page.goto("/fr/companies?sector=pharma_health");
    const pages = page.getByRole("navigation", { name: "Pages de résultats" });
    await expect(pages.getByText(/^Page 1 sur \d+$/)).toBeVisible();
    await pages.getByRole("link", { name: "Page suivante" }).click();
    await expect(page).toHaveURL(/\/fr\/companies\?sector=pharma_health&page=2$/);
    await expect(pages.getByText(/^Page 2 sur \d+$/)).toBeVisible();
    await expect(pages.getByRole("link", { name: "Page précédente" })).toHaveAttribute("rel", "prev");
    await expect(page.getByLabel("Secteur")).toHaveValue("pharma_health");
    await expectAccessible(page);
  });

  test("shows an empty state, and a search it cannot run with its reason", async ({ page }) => {
    await signIn(page, delegate);
    await page.goto("/ar/companies?q=zzzqqqxxx");
    await expect(page.getByText("لا توجد شركة مطابقة")).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/en/companies?page=0`);
    await expect(page.getByRole("alert").filter({ hasText: "The search could not be run" })).toContainText("The page must be a number from 1 to 1000.");
  });

  test("serves the same search as JSON to a signed-in user", async ({ page }) => {
    await signIn(page, delegate);
    const response = await page.request.get("/api/v1/companies?q=pharmaceutcal&country=RU");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.data.every((c: { country: string }) => c.country === "RU")).toBe(true);
    const spec = await page.request.get("/api/v1/openapi.json");
    expect((await spec.json()).paths).toHaveProperty("/api/v1/companies");
  });
});
