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
