import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { uniqueEmail } from "./support/people";

// A company of its own, created by the journey: no other journey reads it, and each project's
// run (laptop, phone) makes its own.

/** A second person on the same kind of device (desktop or phone) as the project's. */
function sameDevice() {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL, locale, timezoneId } = test.info().project.use;
  return { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL, locale, timezoneId };
}

async function signUp(page: Page, fullName: string) {
  await page.getByLabel("Nom complet").fill(fullName);
  await page.getByLabel("Adresse e-mail").fill(uniqueEmail("depart"));
  await page.getByLabel("Mot de passe").fill("un mot de passe solide");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
}

async function createCompany(page: Page, name: string) {
  await page.getByLabel("Nom de l'entreprise").fill(name);
  await page.getByLabel("Pays").selectOption({ label: "Algérie" });
  await page.getByLabel("Ville").fill("Annaba");
  await page.getByRole("checkbox", { name: "Transport et logistique" }).check();
  await page.getByLabel("Présentation").fill("Transit portuaire et entreposage à Annaba.");
  await page.getByRole("checkbox", { name: "Export", exact: true }).check();
  const firstOffer = page.getByRole("group", { name: "Offre 1", exact: true });
  await firstOffer.getByLabel("Texte").fill("transit portuaire");
  await firstOffer.getByLabel("Secteur").selectOption({ label: "Transport et logistique" });
  await page.getByRole("button", { name: "Créer l'entreprise" }).click();
  await expect(page.getByRole("heading", { name: `Inscription de ${name}` })).toBeVisible();
}

test("a delegate leaves their company after confirming; its main contact is told to hand the role over first", async ({ page, browser }) => {
  const company = `Annaba Transit ${Date.now()}`;
  await page.goto("/fr/signup");
  await signUp(page, "Walid Cherif");
  await expect(page).toHaveURL(/\/fr\/profile$/);
  await createCompany(page, company);

  // The main contact has no way out but handing the role over, and is told so.
  const team = page.getByRole("region", { name: "Délégués de l'entreprise" });
  await expect(team.getByText(/En tant que contact principal, vous ne pouvez pas quitter l'entreprise vous-même/)).toBeVisible();
  await expect(team.getByText("Quitter cette entreprise")).toHaveCount(0);

  await page.getByRole("button", { name: "Créer un lien d'invitation" }).click();
  const linkField = page.getByLabel("Lien d'invitation", { exact: true });
  await expect(linkField).toHaveValue(/\/fr\/join\/[A-Za-z0-9_-]{43}$/);
  const link = await linkField.inputValue();

  const colleague = await browser.newContext(sameDevice());
  try {
    const other = await colleague.newPage();
    await other.goto(link);
    await other.getByRole("link", { name: "Créer mon compte" }).click();
    await signUp(other, "Samia Rahmani");
    await expect(other).toHaveURL(/\/fr\/join\//);
    await other.getByRole("button", { name: `Rejoindre ${company}` }).click();
    await expect(other).toHaveURL(/\/fr\/profile$/);

    // The first press says what follows; nothing happens until the second.
    const otherTeam = other.getByRole("region", { name: "Délégués de l'entreprise" });
    await otherTeam.getByText("Quitter cette entreprise").click();
    await expect(otherTeam.getByText(/Vous êtes retiré\(e\) de ses rendez-vous à venir : vos collègues qui y sont inscrits les gardent/)).toBeVisible();
    await expectAccessible(other);
    await otherTeam.getByRole("button", { name: `Confirmer : je quitte ${company}` }).click();

    // Out of the company: the page offers to create or join one, and the schedule is empty.
    await expect(other.getByRole("heading", { name: "Rejoindre l'entreprise d'un collègue" })).toBeVisible();
    await expectAccessible(other);
    await other.goto("/fr/schedule");
    await expect(other.getByRole("heading", { name: "Aucun rendez-vous pour l'instant" })).toBeVisible();
    await expectAccessible(other);

    // The main contact's team list no longer names her.
    await page.reload();
    await expect(team.getByText("Walid Cherif")).toBeVisible();
    await expect(team.getByText("Samia Rahmani")).toHaveCount(0);
    await expectAccessible(page);
  } finally {
    await colleague.close();
  }
});
