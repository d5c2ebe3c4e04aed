import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { delegate, organiser, signIn } from "./support/people";

test.describe("the organiser console", () => {
  test("sends a signed-out visitor to sign in", async ({ page }) => {
    await page.goto("/fr/organiser");
    await expect(page).toHaveURL(/\/fr\/signin\?next=%2Forganiser$/);
  });

  test("is refused to a participant by the server, with a 403", async ({ page }) => {
    await signIn(page, delegate);
    await expect(page.getByRole("link", { name: "Organisation" })).toHaveCount(0);
    const response = await page.goto("/fr/organiser");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
    await expect(page.getByText("Entreprises validées")).toHaveCount(0);
    await expectAccessible(page);
  });

  test("opens for an organiser, with the forum's figures", async ({ page }) => {
    await signIn(page, organiser);
    await page.getByRole("link", { name: "Organisation" }).click();
    await expect(page).toHaveURL(/\/fr\/organiser$/);
    await expect(page.getByRole("heading", { name: "Console d'organisation" })).toBeVisible();
    const approved = page.getByRole("definition").first();
    await expect(approved).toHaveText(/\d/);
    await expectAccessible(page);
  });
});

test.describe("the company approval queue", () => {
  test("is refused to a participant", async ({ page }) => {
    await signIn(page, delegate);
    const response = await page.goto("/fr/organiser/companies");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("button", { name: /^Valider/ })).toHaveCount(0);
  });

  test("lets the organiser reject with a reason, then approve, a pending company", async ({ page }) => {
    await signIn(page, organiser);
    await page.goto("/fr/organiser");
    await page.getByRole("link", { name: "Valider les entreprises en attente" }).click();
    await expect(page.getByRole("heading", { name: "Entreprises", level: 1 })).toBeVisible();
    await expectAccessible(page);
    // Each card's reason field is drawn when asked for: ten cards stay under the page budget.
    // Russian, its strings and the companies' names twice the bytes of French, is the heaviest.
    for (const locale of ["fr", "ru"]) {
      const queue = await page.request.get(`/${locale}/organiser/companies`);
      expect((await queue.body()).length, locale).toBeLessThan(90_000);
    }
    await expect(page.getByLabel("Motif du refus (l'entreprise le verra)")).toHaveCount(0);

    // Each project (desktop, phone) takes its own company: they run at the same time.
    const nth = test.info().project.name === "phone" ? 1 : 0;
    const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) }).nth(nth);
    const name = (await first.getByRole("heading", { level: 2 }).textContent())!.trim();
    const card = page.getByRole("region", { name });

    // A rejection needs a reason: the server says so next to the field.
    await card.getByText("Refuser, avec un motif").click();
    await card.getByRole("button", { name: `Refuser ${name}` }).click();
    await expect(card.getByText("Indiquez un motif (au moins 3 caractères).")).toBeVisible();
    await card.getByLabel("Motif du refus (l'entreprise le verra)").fill("Site web introuvable");
    await card.getByRole("button", { name: `Refuser ${name}` }).click();
    await expect(page.getByRole("heading", { name, level: 2 })).toHaveCount(0);
    // The card has left the list; the confirmation stays above it.
    await expect(page.getByRole("status").filter({ hasText: `${name} est refusée ; le motif lui est communiqué.` })).toBeVisible();

    await page.getByRole("link", { name: /^Refusées/ }).click();
    const rejected = page.getByRole("region", { name });
    await expect(rejected.getByText("Site web introuvable")).toBeVisible();
    await rejected.getByRole("button", { name: `Valider ${name}` }).click();
    await expect(page.getByRole("heading", { name, level: 2 })).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: `${name} est validée : elle apparaît dans l'annuaire.` })).toBeVisible();
    await page.getByRole("link", { name: /^Validées/ }).click();
    await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
    await expectAccessible(page);
  });
});
