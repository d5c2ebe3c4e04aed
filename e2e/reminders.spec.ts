import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { delegate, organiser, signIn } from "./support/people";

test.describe("reminders and request expiry", () => {
  test("is refused to a participant by the server, with a 403", async ({ page }) => {
    await signIn(page, delegate);
    const response = await page.goto("/fr/organiser/reminders");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
  });

  test("an organiser sets after how many days unanswered requests expire, with a clear message for a wrong value", async ({ page }) => {
    // Desktop and phone share one database: each saves its own number.
    const days = test.info().project.name === "phone" ? "6" : "5";
    await signIn(page, organiser);
    await page.goto("/fr/organiser");
    await page.getByRole("link", { name: "Rappels et expiration des demandes" }).click();
    await expect(page).toHaveURL(/\/fr\/organiser\/reminders$/);
    await expect(page.getByRole("heading", { level: 1, name: "Rappels et expiration" })).toBeVisible();
    await expect(page.getByText("À partir de 18:00, Alger (UTC+1), la veille", { exact: false })).toBeVisible();
    await expectAccessible(page);

    const field = page.getByLabel("Jours avant qu’une demande sans réponse expire");
    await field.fill("0");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Saisissez un nombre entier de jours entre 1 et 60, ou laissez le champ vide.")).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);

    await field.fill(days);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByRole("status").filter({ hasText: `expirent désormais après ${days} jours` })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Jours avant qu’une demande sans réponse expire")).toHaveValue(/^[56]$/);
  });
});
