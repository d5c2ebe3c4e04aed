import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { signIn, uniqueEmail } from "./support/people";

// Amina Benali is the main contact of Saidal Atlas Pharma in the demo forum.
const mainContact = { email: "amina.benali@demo.passerelle.test", password: "demo-delegate-2026" };
const companyOfMainContact = "Saidal Atlas Pharma";

/** A 1×1 PNG. */
const tinyPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** A second person on the same kind of device (desktop or phone) as the project's. */
function sameDevice() {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL, locale, timezoneId } = test.info().project.use;
  return { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL, locale, timezoneId };
}

async function signUp(page: Page, fullName: string) {
  await page.getByLabel("Nom complet").fill(fullName);
  await page.getByLabel("Adresse e-mail").fill(uniqueEmail("profil"));
  await page.getByLabel("Mot de passe").fill("un mot de passe solide");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
}

test.describe("company profiles", () => {
  test("a new representative creates a company and sees it awaiting approval", async ({ page }) => {
    await page.goto("/fr/signup");
    await signUp(page, "Sofiane Belkacem");
    await expect(page).toHaveURL(/\/fr\/profile$/);
    await expect(page.getByRole("heading", { name: "Mon entreprise", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Rejoindre l'entreprise d'un collègue" })).toBeVisible();
    await expectAccessible(page);

    const name = `Atlas Froid ${Date.now()}`;
    await page.getByLabel("Nom de l'entreprise").fill(name);
    await page.getByLabel("Pays").selectOption({ label: "Algérie" });
    await page.getByLabel("Ville").fill("Sétif");
    await page.getByRole("checkbox", { name: "Transport et logistique" }).check();
    await page.getByLabel("Présentation").fill("Entrepôts frigorifiques et transport sous température dirigée.");
    await page.getByLabel("Site web").fill("javascript:alert(1)");
    await page.getByRole("checkbox", { name: "Export", exact: true }).check();
    const firstOffer = page.getByRole("group", { name: "Offre 1", exact: true });
    await firstOffer.getByLabel("Texte").fill("logistique sous température dirigée");
    await page.getByRole("button", { name: "Créer l'entreprise" }).click();

    // Refused with the reason next to the field; nothing typed is lost.
    await expect(page.getByLabel("Site web")).toHaveAccessibleDescription(/commençant par http:\/\/ ou https:\/\//);
    await expect(firstOffer.getByLabel("Secteur")).toHaveAccessibleDescription("Choisissez le secteur de cette ligne.");
    await expect(page.getByLabel("Nom de l'entreprise")).toHaveValue(name);
    await expect(page.getByRole("checkbox", { name: "Transport et logistique" })).toBeChecked();
    await expectAccessible(page);

    await page.getByLabel("Site web").fill("atlas-froid.dz");
    await firstOffer.getByLabel("Secteur").selectOption({ label: "Transport et logistique" });
    await page.getByRole("button", { name: "Créer l'entreprise" }).click();

    await expect(page.getByRole("heading", { name: `Inscription de ${name}` })).toBeVisible();
    await expect(page.getByText("En attente de validation par les organisateurs.")).toBeVisible();
    await expect(page.getByLabel("Site web")).toHaveValue("https://atlas-froid.dz");
    // The creator is the main contact: they can invite colleagues.
    await expect(page.getByRole("button", { name: "Créer un lien d'invitation" })).toBeVisible();
    await expectAccessible(page);
  });

  test("a main contact invites a colleague, who joins, fills in a delegate profile and a photo", async ({ page, browser }) => {
    await signIn(page, mainContact);
    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Mon entreprise" }).click();
    await expect(page).toHaveURL(/\/fr\/profile$/);
    await page.getByRole("button", { name: "Créer un lien d'invitation" }).click();
    const linkField = page.getByLabel("Lien d'invitation", { exact: true });
    await expect(linkField).toHaveValue(/\/fr\/join\/[A-Za-z0-9_-]{43}$/);
    const link = await linkField.inputValue();
    await expectAccessible(page);

    // The colleague has no account yet: the link leads through sign-up and back.
    const colleague = await browser.newContext(sameDevice());
    const other = await colleague.newPage();
    await other.goto(link);
    await expect(other.getByRole("heading", { name: `Rejoindre ${companyOfMainContact}` })).toBeVisible();
    await expectAccessible(other);
    await other.getByRole("link", { name: "Créer mon compte" }).click();
    await signUp(other, "Lyes Ouali");
    await expect(other).toHaveURL(/\/fr\/join\//);
    await other.getByRole("button", { name: `Rejoindre ${companyOfMainContact}` }).click();
    await expect(other).toHaveURL(/\/fr\/profile$/);
    await expect(other.getByText("Validée : votre entreprise figure dans l'annuaire")).toBeVisible();
    await expect(other.getByRole("button", { name: "Créer un lien d'invitation" })).toHaveCount(0);
    await expectAccessible(other);

    // The link worked once.
    await other.goto(link);
    await expect(other.getByText("Ce lien d'invitation a déjà été utilisé.")).toBeVisible();
    await expectAccessible(other);
    await other.goto("/fr/profile");

    // Languages and a photo.
    await other.getByLabel("Fonction").fill("Responsable export");
    await other.getByRole("checkbox", { name: "russe (ru)" }).check();
    await other.getByLabel("Autres langues").fill("kab");
    await other.getByLabel("Photo (facultative)").setInputFiles({ name: "moi.png", mimeType: "image/png", buffer: tinyPng });
    await other.getByRole("button", { name: "Enregistrer mon profil" }).click();
    await expect(other.getByText("Votre profil de délégué est enregistré.")).toBeVisible();
    const photo = other.getByRole("img", { name: "Votre photo actuelle" });
    await expect(photo).toBeVisible();
    await expect(other.getByRole("checkbox", { name: "russe (ru)" })).toBeChecked();
    await expect(other.getByLabel("Autres langues")).toHaveValue("kab");

    const src = (await photo.getAttribute("src")) ?? "";
    expect(src).toMatch(/^\/photos\/[0-9a-f-]{36}\?v=\d+$/);
    const served = await other.request.get(src);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/png");
    expect(served.headers()["x-content-type-options"]).toBe("nosniff");
    expect(served.headers()["cache-control"]).toMatch(/^private, max-age=\d+/);
    expect(Buffer.compare(await served.body(), tinyPng)).toBe(0);
    const anonymous = await browser.newContext();
    expect((await anonymous.request.get(src)).status()).toBe(401);
    await anonymous.close();

    // A text file named .png is refused by the server, a 3 MB image already in the browser.
    await other.getByLabel("Remplacer la photo").setInputFiles({ name: "faux.png", mimeType: "image/png", buffer: Buffer.from("pas une image") });
    await other.getByRole("button", { name: "Enregistrer mon profil" }).click();
    await expect(other.getByLabel("Remplacer la photo")).toHaveAccessibleDescription(/Ce fichier n'est pas une image JPEG, PNG ou WebP\./);
    const big = Buffer.concat([tinyPng, Buffer.alloc(3 * 1024 * 1024)]);
    await other.getByLabel("Remplacer la photo").setInputFiles({ name: "grande.png", mimeType: "image/png", buffer: big });
    await other.getByRole("button", { name: "Enregistrer mon profil" }).click();
    await expect(other.getByLabel("Remplacer la photo")).toHaveAccessibleDescription(/La photo dépasse 2 Mo\./);
    await expectAccessible(other);
    await colleague.close();

    // The main contact now sees the new delegate, with what they wrote.
    await page.reload();
    const team = page.getByRole("region", { name: "Délégués de l'entreprise" });
    await expect(team.getByText("Lyes Ouali").first()).toBeVisible();
    await expect(team.getByText("Responsable export").first()).toBeVisible();
  });
});
