import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { organiser, signIn, uniqueEmail } from "./support/people";

// Each journey makes its own account: the demo delegates' passwords stay as other journeys know them.
async function signUp(page: Page, email: string, password: string) {
  await page.goto("/fr/signup");
  await page.getByLabel("Nom complet").fill("Lina Bouzid");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/fr\/profile$/);
}

/** The reset link of the latest e-mail to `email`, as the organisers read it in the outbox (no SMTP here). */
async function resetLinkFromOutbox(browser: Browser, email: string): Promise<string> {
  const context = await browser.newContext({ ...test.info().project.use });
  const page = await context.newPage();
  await signIn(page, organiser);
  await page.goto("/fr/organiser/outbox");
  const mail = page.getByRole("listitem").filter({ hasText: email }).filter({ hasText: "Choisir un nouveau mot de passe" }).first();
  await expect(mail).toBeVisible();
  // The e-mail shows its link cut short; the whole link is shown on request, and the log says so.
  expect(await mail.locator("pre").innerText()).toContain("/fr/reset-password/…");
  await mail.getByRole("button", { name: `Afficher le lien de réinitialisation pour ${email}` }).click();
  const shown = mail.getByRole("status");
  await expect(shown).toContainText("Cet affichage est inscrit au journal des modifications.");
  await expectAccessible(page);
  const body = await shown.innerText();
  await page.goto("/fr/organiser/audit");
  await expect(page.getByText("Lien de réinitialisation affiché").first()).toBeVisible();
  await context.close();
  const path = /\/fr\/reset-password\/[A-Za-z0-9_-]+/.exec(body)?.[0];
  expect(path, body).toBeTruthy();
  return path!;
}

test.describe("a delegate's password", () => {
  test("forgotten: a link by e-mail sets a new one, signs out the devices signed in before, and works once", async ({ page, browser }) => {
    const email = uniqueEmail("oubli");
    // A phone left signed in with the old password.
    const oldDevice = await browser.newContext({ ...test.info().project.use });
    const phone = await oldDevice.newPage();
    await signUp(phone, email, "ancien mot de passe");

    await page.goto("/fr/signin");
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await expect(page).toHaveURL(/\/fr\/forgot-password$/);
    await expect(page.getByRole("heading", { name: "Mot de passe oublié", level: 1 })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByRole("button", { name: "M’envoyer un lien" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Si un compte existe pour cette adresse, nous lui avons envoyé un lien/);
    await expectAccessible(page);

    // An address without an account gets the very same answer.
    await page.goto("/fr/forgot-password");
    await page.getByLabel("Adresse e-mail").fill(uniqueEmail("personne"));
    await page.getByRole("button", { name: "M’envoyer un lien" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Si un compte existe pour cette adresse, nous lui avons envoyé un lien/);

    const link = await resetLinkFromOutbox(browser, email);
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Choisir un nouveau mot de passe", level: 1 })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Nouveau mot de passe", { exact: true }).fill("nouveau mot de passe");
    await page.getByLabel("Nouveau mot de passe, à nouveau").fill("nouveau mot de passe");
    await page.getByRole("button", { name: "Enregistrer mon nouveau mot de passe" }).click();
    await expect(page.getByRole("status")).toContainText("Votre mot de passe a été changé.");
    await expectAccessible(page);

    await signIn(page, { email, password: "nouveau mot de passe" });
    await expectAccessible(page);

    // The phone signed in before the reset is signed out.
    await phone.goto("/fr/schedule");
    await expect(phone).toHaveURL(/\/fr\/signin\?next=%2Fschedule$/);
    await oldDevice.close();

    // The link works once.
    await page.goto(link);
    await expect(page.getByText("Ce lien a déjà servi.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Demander un nouveau lien" })).toBeVisible();
    await expectAccessible(page);
  });

  test("changed on the profile, in Arabic: a wrong current password is named on its field, the right one changes it", async ({ page }) => {
    const email = uniqueEmail("changement");
    await signUp(page, email, "ancien mot de passe");
    await page.goto("/ar/profile");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { name: "كلمة المرور", level: 2 })).toBeVisible();

    await page.getByLabel("كلمة المرور الحالية").fill("ليست هذه كلمة المرور");
    await page.getByLabel("كلمة المرور الجديدة", { exact: true }).fill("كلمة مرور جديدة طويلة");
    await page.getByLabel("كلمة المرور الجديدة مرة أخرى").fill("كلمة مرور جديدة طويلة");
    await page.getByRole("button", { name: "تغيير كلمة المرور" }).click();
    await expect(page.getByLabel("كلمة المرور الحالية")).toHaveAccessibleDescription("هذه ليست كلمة المرور الحالية.");
    await expectAccessible(page);

    await page.getByLabel("كلمة المرور الحالية").fill("ancien mot de passe");
    await page.getByLabel("كلمة المرور الجديدة", { exact: true }).fill("كلمة مرور جديدة طويلة");
    await page.getByLabel("كلمة المرور الجديدة مرة أخرى").fill("كلمة مرور جديدة طويلة");
    await page.getByRole("button", { name: "تغيير كلمة المرور" }).click();
    await expect(page).toHaveURL(/\/ar\/profile\?password=changed/);
    await expect(page.getByRole("status").filter({ hasText: "تم تغيير كلمة المرور" })).toBeVisible();
    await expectAccessible(page);

    // This device stays signed in, with the new password.
    await page.goto("/ar/profile");
    await expect(page).toHaveURL(/\/ar\/profile$/);
    await expect(page.getByRole("heading", { name: "كلمة المرور", level: 2 })).toBeVisible();
    await expectAccessible(page);
  });
});
