import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { delegate, organiser, signIn, uniqueEmail } from "./support/people";

/** Another person on the same kind of device (desktop or phone) as the project's. */
async function anotherPerson(browser: Browser): Promise<Page> {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL, locale, timezoneId } = test.info().project.use;
  const context = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL, locale, timezoneId });
  return context.newPage();
}

/** An Algerian delegate searches the directory from the Arabic interface. */
async function searchInArabic(page: Page, words: string) {
  await page.goto("/ar/companies");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.getByLabel("البحث عن شركة").fill(words);
  await page.getByRole("button", { name: "بحث", exact: true }).click();
  await expect(page).toHaveURL(/\/ar\/companies\?q=/);
}

test("a new company signs up, waits for approval, and is found by a misspelt word in another language once approved", async ({ page, browser }) => {
  // Each project (desktop, phone) registers its own company: they run at the same time.
  const name = `Тассили Аквапоника ${test.info().project.name} ${Date.now()}`;

  // A Franco-Russian representative signs up in French and describes the company in Russian.
  await page.goto("/fr/signup");
  await page.getByLabel("Nom complet").fill("Lina Ouali-Orlova");
  await page.getByLabel("Adresse e-mail").fill(uniqueEmail("onboarding"));
  await page.getByLabel("Mot de passe").fill("un mot de passe solide");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page).toHaveURL(/\/fr\/profile$/);
  await page.getByLabel("Nom de l'entreprise").fill(name);
  await page.getByLabel("Pays").selectOption({ label: "Algérie" });
  await page.getByLabel("Ville").fill("Biskra");
  await page.getByRole("checkbox", { name: "Agriculture intelligente et sécurité alimentaire" }).check();
  await page.getByLabel("Présentation").fill("Аквапонические фермы и капельное орошение для хозяйств в пустыне.");
  await page.getByRole("checkbox", { name: "Export", exact: true }).check();
  await page.getByRole("button", { name: "Créer l'entreprise" }).click();
  await expect(page.getByRole("heading", { name: `Inscription de ${name}` })).toBeVisible();
  await expect(page.getByText("En attente de validation par les organisateurs.")).toBeVisible();
  await expectAccessible(page);
  // Waiting, the directory stays closed to the new representative, who is told why.
  await page.goto("/fr/companies");
  await expect(page.getByText("Votre entreprise attend la validation des organisateurs. L'annuaire des entreprises s'ouvre dès qu'elle est validée.")).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/fr/profile");

  // Pending: another delegate's search does not find it.
  const searcher = await anotherPerson(browser);
  await signIn(searcher, delegate);
  await searchInArabic(searcher, "аквапонеческие");
  await expect(searcher.getByRole("link", { name })).toHaveCount(0);

  // The organiser finds it at the end of the queue (oldest first) and approves it.
  const desk = await anotherPerson(browser);
  await signIn(desk, organiser);
  const heading = desk.getByRole("heading", { name, level: 2 });
  for (let n = 1; n <= 10; n++) {
    await desk.goto(`/fr/organiser/companies?status=pending&page=${n}`);
    await expect(desk.getByRole("heading", { name: "Entreprises", level: 1 })).toBeVisible();
    if (await heading.isVisible()) break;
    // The last page has no "next" link: the company must have been on one of them.
    if (!(await desk.getByRole("link", { name: "Page suivante" }).isVisible())) break;
  }
  await expect(heading).toBeVisible();
  await expectAccessible(desk);
  await desk.getByRole("region", { name }).getByRole("button", { name: `Valider ${name}` }).click();
  await expect(heading).toHaveCount(0);

  // Approved: found from the Arabic interface by a misspelt Russian word, and its page opens.
  await searchInArabic(searcher, "аквапонеческие");
  const result = searcher.getByRole("link", { name });
  await expect(result).toBeVisible();
  await expectAccessible(searcher);
  await result.click();
  await expect(searcher.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(searcher.getByText("Аквапонические фермы и капельное орошение для хозяйств в пустыне.")).toBeVisible();
  await expectAccessible(searcher);

  // The representative sees the approval, and asks a Russian pharma company for a meeting
  // from its page (a generated company: the demo accounts' companies belong to other journeys).
  await page.reload();
  await expect(page.getByText("En attente de validation par les organisateurs.")).toHaveCount(0);
  await page.goto("/fr/companies?country=RU&sector=pharma_health");
  const partner = page.getByRole("listitem").getByRole("article").getByRole("heading", { level: 2 }).getByRole("link").last();
  const partnerName = (await partner.textContent())!.trim();
  await partner.click();
  await expect(page.getByRole("heading", { name: partnerName, level: 1 })).toBeVisible();
  const ask = page.getByRole("region", { name: "Demander un rendez-vous" });
  await ask.getByLabel("Message (facultatif)").fill("Нам интересны ваши дженерики для аквапонических хозяйств? Давайте обсудим.");
  await ask.getByRole("button", { name: `Demander un rendez-vous à ${partnerName}` }).click();
  await expect(ask.getByRole("status")).toHaveText(`Demande envoyée à ${partnerName}. Voir mes demandes`);
  await expectAccessible(page);
  // Sent once: the page now says the two are in touch instead of offering the form again.
  await page.reload();
  await expect(page.getByRole("region", { name: "Demander un rendez-vous" })).toContainText("Une demande entre vos deux entreprises est déjà en cours ou acceptée.");
});
