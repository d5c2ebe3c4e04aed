import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { delegate, signIn, uniqueEmail } from "./support/people";

test.describe("a company representative", () => {
  test("signs up, lands on their company page, finds an empty schedule, signs out and back in", async ({ page }) => {
    const email = uniqueEmail("nouveau");
    await page.goto("/fr/signup");
    await expectAccessible(page);
    await page.getByLabel("Nom complet").fill("Yasmine Ould Ali");
    await page.getByLabel("Adresse e-mail").fill(email);
    await page.getByLabel("Mot de passe").fill("un mot de passe solide");
    await page.getByRole("button", { name: "Créer mon compte" }).click();

    await expect(page).toHaveURL(/\/fr\/profile$/);
    await expect(page.getByRole("heading", { name: "Mon entreprise", level: 1 })).toBeVisible();
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Mon programme" }).click();
    await expect(page).toHaveURL(/\/fr\/schedule$/);
    await expect(page.getByRole("heading", { name: "Mon programme", level: 1 })).toBeVisible();
    await expect(page.getByText("Bienvenue, Yasmine Ould Ali.")).toBeVisible();
    await expect(page.getByText("Aucun rendez-vous pour l'instant")).toBeVisible();
    await expect(page.getByText(/Heures du forum : .*\(UTC\+1\)/)).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Se connecter" })).toBeVisible();
    await page.goto("/fr/schedule");
    await expect(page).toHaveURL(/\/fr\/signin\?next=%2Fschedule$/);

    await page.getByLabel("Adresse e-mail").fill(email.toUpperCase());
    await page.getByLabel("Mot de passe").fill("un mot de passe solide");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/fr\/schedule$/);
  });

  test("is told what to fix in the form, in their language", async ({ page }) => {
    await page.goto("/ru/signup");
    await page.getByLabel("Полное имя").fill("Иван");
    await page.getByLabel("Электронная почта").fill("not-an-email");
    await page.getByLabel("Пароль").fill("short");
    await page.getByRole("button", { name: "Создать аккаунт" }).click();
    await expect(page.getByTestId("form-alert")).toHaveText("Некоторые поля нужно исправить.");
    // The message is where the reader is taken, not somewhere off-screen.
    await expect(page.getByTestId("form-alert")).toBeFocused();
    await expect(page.getByTestId("form-alert")).toBeInViewport();
    await expect(page.getByLabel("Электронная почта")).toHaveAccessibleDescription("Введите корректный адрес электронной почты.");
    await expect(page.getByLabel("Пароль")).toHaveAccessibleDescription(/Пароль должен содержать не менее 10 символов/);
    // What was typed is still there.
    await expect(page.getByLabel("Полное имя")).toHaveValue("Иван");
    await expectAccessible(page);
  });

  test("cannot sign up twice with one e-mail", async ({ page }) => {
    await page.goto("/fr/signup");
    await page.getByLabel("Nom complet").fill("Karim Haddad");
    await page.getByLabel("Adresse e-mail").fill(delegate.email);
    await page.getByLabel("Mot de passe").fill("encore un mot de passe");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByLabel("Adresse e-mail")).toHaveAccessibleDescription(
      "Un compte existe déjà avec cette adresse. Connectez-vous plutôt.",
    );
    await expect(page).toHaveURL(/\/fr\/signup$/);
  });

  test("gets one message for a wrong password or an unknown e-mail", async ({ page }) => {
    for (const attempt of [
      { email: delegate.email, password: "not the password" },
      { email: uniqueEmail("personne"), password: delegate.password },
    ]) {
      await page.goto("/fr/signin");
      await page.getByLabel("Adresse e-mail").fill(attempt.email);
      await page.getByLabel("Mot de passe").fill(attempt.password);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await expect(page.getByTestId("form-alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
      await expect(page).toHaveURL(/\/fr\/signin$/);
    }
    await signIn(page, delegate);
  });

  test("is held back after ten wrong passwords in a row, with a message that says for how long", async ({ page }) => {
    // An address of its own, with no account: the count is the same as for a real one.
    const email = uniqueEmail("devine");
    await page.goto("/fr/signin");
    for (let attempt = 1; attempt <= 11; attempt++) {
      await page.getByLabel("Adresse e-mail").fill(email);
      await page.getByLabel("Mot de passe").fill(`essai numéro ${attempt}`);
      await page.getByRole("button", { name: "Se connecter" }).click();
      // The answer has come when the password is cleared; the message may be the last one's.
      await expect(page.getByLabel("Mot de passe")).toHaveValue("");
      const alert = page.getByTestId("form-alert");
      // Each answer takes the focus, the same words again included, so it is heard every time.
      await expect(alert).toBeFocused();
      if (attempt <= 10) await expect(alert).toHaveText("Adresse e-mail ou mot de passe incorrect.");
      else await expect(alert).toHaveText("Trop de connexions échouées pour ce compte ou depuis ce réseau. Attendez un quart d'heure, puis réessayez.");
    }
    await expect(page).toHaveURL(/\/fr\/signin$/);
    await expectAccessible(page);
  });
});
