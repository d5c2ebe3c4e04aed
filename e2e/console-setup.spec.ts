import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { delegate, organiser, signIn } from "./support/people";

const consoleNav = (page: Page) => page.getByRole("navigation", { name: "Console des organisateurs" });

test.describe("the console's set-up pages", () => {
  test("refuse a participant at the settings, with a 403 and no form", async ({ page }) => {
    await signIn(page, delegate);
    const response = await page.goto("/fr/organiser/settings");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
    await expect(page.getByLabel("Durée d'un créneau (minutes)")).toHaveCount(0);
    await expect(consoleNav(page)).toHaveCount(0);
    await expectAccessible(page);
  });

  test("open for an organiser, each with the console's navigation marking the page", async ({ page }) => {
    await signIn(page, organiser);
    const pages = [
      { link: "Réglages", heading: "Réglages du forum", url: /\/fr\/organiser\/settings$/ },
      { link: "Programme", heading: "Programme", url: /\/fr\/organiser\/agenda$/ },
      { link: "Salles et tables", heading: "Salles et tables", url: /\/fr\/organiser\/tables$/ },
      { link: "Organisateurs", heading: "Organisateurs", url: /\/fr\/organiser\/organisers$/ },
      { link: "Journal des modifications", heading: "Journal des modifications", url: /\/fr\/organiser\/audit$/ },
    ];
    await page.goto("/fr/organiser");
    await expect(consoleNav(page).getByRole("link", { name: "Vue d'ensemble" })).toHaveAttribute("aria-current", "page");
    for (const target of pages) {
      await consoleNav(page).getByRole("link", { name: target.link, exact: true }).click();
      await expect(page).toHaveURL(target.url);
      await expect(page.getByRole("heading", { name: target.heading, level: 1 })).toBeVisible();
      await expect(consoleNav(page).getByRole("link", { name: target.link, exact: true })).toHaveAttribute("aria-current", "page");
      // On a phone too: the row of pages is scrolled to it, and the page fits the screen.
      await expect(consoleNav(page).getByRole("link", { name: target.link, exact: true })).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
      await expectAccessible(page);
    }
    // The forum's days are named in the B2B hours, not written as raw dates.
    await consoleNav(page).getByRole("link", { name: "Réglages", exact: true }).click();
    await expect(page.getByRole("rowheader", { name: "mardi 8 décembre" })).toBeVisible();
    await expect(page.getByLabel("Rendez-vous B2B à partir de, le mardi 8 décembre")).toBeVisible();
    // Pages built elsewhere are listed all the same.
    for (const name of ["Planification", "Rendez-vous", "Accueil des participants", "Bilan"]) {
      await expect(consoleNav(page).getByRole("link", { name, exact: true })).toBeVisible();
    }
  });

  test("an organiser finds a table in a light list and edits it on its own page", async ({ page }) => {
    // Each project (desktop, phone) takes its own table, with no meeting: they run at the same time.
    const number = test.info().project.name === "phone" ? 53 : 52;
    await signIn(page, organiser);
    const response = await page.goto("/fr/organiser/tables");
    // The list holds no form per table: the page stays light, even signed in as an organiser.
    expect((await response!.body()).length).toBeLessThan(100_000);
    await expect(page.getByRole("heading", { name: "Salles et tables", level: 1 })).toBeVisible();
    // On a phone each table is a card: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    await expect(page.getByRole("link", { name: "Modifier la table 1", exact: true })).toBeVisible();
    await expectAccessible(page);

    // Fifty tables a page: the table sits on the second.
    const pages = page.getByRole("navigation", { name: "Pages de tables" });
    await expect(pages.getByText("Page 1 sur 2")).toBeVisible();
    await pages.getByRole("link", { name: "Tables suivantes" }).click();
    await expect(page).toHaveURL(/\/fr\/organiser\/tables\?page=2$/);
    await page.getByRole("link", { name: `Modifier la table ${number}`, exact: true }).click();
    await expect(page).toHaveURL(/\/fr\/organiser\/tables\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: `Modifier la table ${number}`, level: 1 })).toBeVisible();
    // A tab of its own, not the list's.
    await expect(page).toHaveTitle(`Table ${number} · Salles et tables · Passerelle`);
    await expect(page.getByRole("link", { name: "Salles et tables", exact: true })).toHaveAttribute("aria-current", "page");
    await expectAccessible(page);

    // Its zone: saved, said so, with the way back.
    const place = page.getByRole("region", { name: "Zone et salle" });
    await expect(place.getByLabel("Zone")).toHaveValue("C");
    await place.getByLabel("Zone").fill("C-est");
    await place.getByRole("button", { name: `Enregistrer la table ${number}` }).click();
    await expect(place.getByRole("status")).toContainText("Table enregistrée.");
    await expect(page.getByRole("definition").first()).toHaveText("C-est");

    // Out of use: it holds no meeting, so nothing moves.
    const state = page.getByRole("region", { name: "État" });
    await state.getByRole("button", { name: `Mettre la table ${number} hors service` }).click();
    await expect(state.getByRole("status")).toContainText("C'est fait. Rendez-vous déplacés : 0.");
    await expect(state.getByRole("button", { name: `Remettre en service la table ${number}` })).toBeVisible();
    await expectAccessible(page);

    // Back to the list, on the page that shows it, with the change.
    await state.getByRole("status").getByRole("link", { name: "Retour aux tables" }).click();
    await expect(page).toHaveURL(/\/fr\/organiser\/tables\?page=2$/);
    // On a phone the row header also reads "Table" before the number (the card's label).
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^(Table\\s)?${number}$`) }) });
    await expect(row.getByRole("cell")).toHaveText(["C-est", "Hall des rendez-vous B2B", "0", "Hors service", "Modifier"]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    await expectAccessible(page);

    // The forum as it was, for the journeys after this one.
    await row.getByRole("link", { name: `Modifier la table ${number}` }).click();
    await page.getByRole("region", { name: "État" }).getByRole("button", { name: `Remettre en service la table ${number}` }).click();
    await expect(page.getByRole("region", { name: "État" }).getByRole("status")).toContainText("C'est fait.");
    await page.getByRole("region", { name: "Zone et salle" }).getByLabel("Zone").fill("C");
    await page.getByRole("region", { name: "Zone et salle" }).getByRole("button", { name: `Enregistrer la table ${number}` }).click();
    await expect(page.getByRole("region", { name: "Zone et salle" }).getByRole("status")).toContainText("Table enregistrée.");
  });

  test("an organiser edits a session of the programme on its own page", async ({ page }) => {
    // Each project its own session, one that blocks no B2B slot: saving it re-cuts nothing.
    const phone = test.info().project.name === "phone";
    const session = phone
      ? { fr: "Atelier : exporter vers la Russie — certification, douanes et paiements", day: "2026-12-08" }
      : { fr: "Atelier : investir en Algérie — loi sur l'investissement et guichet unique", day: "2026-12-09" };
    await signIn(page, organiser);
    const response = await page.goto("/fr/organiser/agenda");
    // No form per session (it was 380 kB), and only the console's strings for the browser.
    expect((await response!.body()).length).toBeLessThan(100_000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    await expectAccessible(page);

    await page.getByRole("link", { name: `Modifier la séance « ${session.fr} »` }).click();
    await expect(page).toHaveURL(/\/fr\/organiser\/agenda\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: `Modifier la séance « ${session.fr} »`, level: 1 })).toBeVisible();
    await expect(page.getByLabel("Titre en français")).toHaveValue(session.fr);
    await expect(page).toHaveTitle(`${session.fr} · Programme · Passerelle`);
    await expectAccessible(page);

    // A mistake is refused with the field's own message, and nothing typed is lost.
    const englishTitle = page.getByLabel("Titre en anglais");
    const revised = `${await englishTitle.inputValue()} (revised)`;
    await englishTitle.fill(revised);
    const end = await page.getByLabel(/^Fin/).inputValue();
    await page.getByLabel(/^Fin/).fill("06:00");
    await page.getByRole("button", { name: "Enregistrer la séance" }).click();
    await expect(page.getByText("La fin doit venir après le début.")).toBeVisible();
    await expect(englishTitle).toHaveValue(revised);
    await expectAccessible(page);

    await page.getByLabel(/^Fin/).fill(end);
    await page.getByRole("button", { name: "Enregistrer la séance" }).click();
    const saved = page.getByRole("status").filter({ hasText: "Séance enregistrée." });
    await expect(saved).toContainText("Créneaux ajoutés : 0, supprimés : 0 ; rendez-vous annulés : 0.");
    await expectAccessible(page);
    await saved.getByRole("link", { name: "Retour au programme" }).click();
    await expect(page).toHaveURL(/\/fr\/organiser\/agenda$/);
    await expect(page.getByRole("heading", { name: session.fr, level: 3 })).toBeVisible();

    // The programme shows it at once, in English.
    await page.goto(`/en/agenda?day=${session.day}`);
    await expect(page.getByRole("article", { name: revised })).toBeVisible();
  });

  test("an organiser deletes a session from its own page, and one from the programme, told so on the programme each time", async ({ page }) => {
    // Sessions of the journey's own that block nothing: deleting them re-cuts no other journey's slots.
    const run = `${test.info().project.name} ${Date.now()}`;
    const fromItsPage = `Atelier à retirer de sa page ${run}`;
    const fromTheList = `Atelier à retirer du programme ${run}`;
    const done = "Séance supprimée du programme. Créneaux ajoutés : 0, supprimés : 0 ; rendez-vous annulés : 0.";
    const notice = page.getByRole("status").filter({ hasText: "Séance supprimée du programme." });
    await signIn(page, organiser);
    for (const title of [fromItsPage, fromTheList]) {
      await page.goto("/fr/organiser/agenda");
      await page.getByText("Ajouter une séance", { exact: true }).click();
      const form = page.getByRole("region", { name: "Ajouter une séance" });
      await form.getByLabel("Type").selectOption("workshop");
      await form.getByLabel("Jour").selectOption("2026-12-09");
      await form.getByLabel(/^Début/).fill("08:00");
      await form.getByLabel(/^Fin/).fill("08:30");
      await form.getByLabel("Titre en français").fill(title);
      await form.getByRole("button", { name: "Ajouter la séance" }).click();
      await expect(form.getByRole("status")).toContainText("Séance ajoutée.");
    }

    // From its own page: asked first, as on the programme, then back on the programme, told so.
    await page.getByRole("link", { name: `Modifier la séance « ${fromItsPage} »` }).click();
    await expect(page).toHaveURL(/\/fr\/organiser\/agenda\/[0-9a-f-]{36}$/);
    const address = page.url();
    await page.getByText("Supprimer", { exact: true }).click();
    await expect(page.getByText(`« ${fromItsPage} » sera retirée du programme.`)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: `Supprimer la séance « ${fromItsPage} »` }).click();
    await expect(page).toHaveURL(/\/fr\/organiser\/agenda\?deleted=1&added=0&removed=0&cancelled=0$/);
    await expect(notice).toHaveText(done);
    await expect(page.getByRole("heading", { name: fromItsPage, level: 3 })).toHaveCount(0);
    await expectAccessible(page);
    expect((await page.request.get(address)).status()).toBe(404);

    // From the programme: the same question, the same answer.
    await page.goto("/fr/organiser/agenda");
    await expect(notice).toHaveCount(0);
    const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: fromTheList, level: 3 }) });
    await item.getByText("Supprimer", { exact: true }).click();
    await item.getByRole("button", { name: `Supprimer la séance « ${fromTheList} »` }).click();
    await expect(notice).toHaveText(done);
    await expect(page.getByRole("heading", { name: fromTheList, level: 3 })).toHaveCount(0);
  });

  test("a table or a session that is not the forum's, or no id at all, is not found", async ({ page }) => {
    await signIn(page, organiser);
    for (const path of ["/fr/organiser/tables/not-a-table", "/fr/organiser/agenda/not-a-session", "/fr/organiser/tables/00000000-0000-4000-8000-000000000000", "/fr/organiser/agenda/00000000-0000-4000-8000-000000000000"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });

  test("refuse a participant at a table's page, with a 403 and no form", async ({ page }) => {
    await signIn(page, delegate);
    const response = await page.goto("/fr/organiser/tables/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
    await expect(page.getByLabel("Zone")).toHaveCount(0);
  });

  test("an organiser is told which date is out of bounds, and asked before closing self-service in the past", async ({ page }) => {
    // Refusals only: nothing is saved, so the other journeys' forum stays as it was.
    await signIn(page, organiser);
    await page.goto("/fr/organiser/settings");
    const closes = page.getByLabel(/^Fin de la réservation en libre-service/);
    const confirm = page.getByLabel("Fermer la réservation en libre-service maintenant : la date est passée");
    await expect(confirm).toHaveCount(0);

    await page.getByLabel("Premier jour").fill("9999-12-08");
    await closes.fill("0001-12-06T18:00");
    await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await expect(page.getByLabel("Premier jour")).toHaveAccessibleDescription("Le premier jour doit tomber dans les cinq ans avant ou après aujourd'hui.");
    await expect(closes).toHaveAccessibleDescription(/doit tomber dans les cinq ans avant ou après aujourd'hui/);
    await expect(confirm).toHaveCount(0);
    await expectAccessible(page);

    // The forum's own first day again, and a closing time already past: asked, not refused.
    await page.getByLabel("Premier jour").fill("2026-12-08");
    await expect(page.getByRole("rowheader", { name: "mardi 8 décembre" })).toBeVisible();
    await closes.fill("2026-12-06T18:00");
    await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await expect(page.getByTestId("form-alert")).toHaveText(/Non enregistré : la fin de la réservation en libre-service est déjà passée/);
    await expect(closes).toHaveValue("2026-12-06T18:00");
    await expect(closes).toHaveAccessibleDescription(/cochez la case pour le confirmer/);
    await expect(confirm).toBeVisible();
    await expect(confirm).not.toBeChecked();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    await expectAccessible(page);

    // After the forum, it is refused outright.
    await closes.fill("2026-12-10T09:00");
    await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await expect(closes).toHaveAccessibleDescription(/au plus tard le dernier jour du forum/);
  });

  test("an organiser changes the slot length, adds a plenary that blocks slots, and finds both in the audit log", { tag: "@forum-wide" }, async ({ page }) => {
    // On its own server and demo forum (playwright.config.ts): no other journey's meeting is
    // unseated, and none is marked held yet, which would forbid re-cutting the slots.
    await signIn(page, organiser);
    await page.goto("/fr/organiser/settings");

    // The demo meetings would lose their 30-minute slots: the save is refused with their list.
    await page.getByLabel("Durée d'un créneau (minutes)").fill("20");
    await page.getByLabel("Mode de réservation").selectOption("self");
    await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await expect(page.getByTestId("form-alert")).toHaveText(/Non enregistré : des rendez-vous perdraient leur créneau/);
    // What was chosen in a list is still chosen, as typed text is.
    await expect(page.getByLabel("Mode de réservation")).toHaveValue("self");
    await page.getByLabel("Mode de réservation").selectOption("both");
    const listed = page.getByRole("region", { name: /rendez-vous (est|sont) concernés?/ });
    await expect(listed.getByRole("listitem").first()).toContainText("table");
    await expectAccessible(page);

    // Cancelling them is a choice the organiser makes explicitly.
    await expect(page.getByLabel("Durée d'un créneau (minutes)")).toHaveValue("20");
    await page.getByLabel(/^Annuler ce/).check();
    await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Réglages enregistrés" })).toBeVisible();
    await expect(page.getByLabel("Durée d'un créneau (minutes)")).toHaveValue("20");

    await consoleNav(page).getByRole("link", { name: "Programme", exact: true }).click();
    await page.getByText("Ajouter une séance", { exact: true }).click();
    const form = page.getByRole("region", { name: "Ajouter une séance" });
    // A mistake sends nothing and loses nothing: the choices in the lists stay as made.
    await form.getByLabel("Type").selectOption("workshop");
    await form.getByLabel("Jour").selectOption("2026-12-09");
    await form.getByLabel(/^Début/).fill("15:00");
    await form.getByLabel(/^Fin/).fill("14:00");
    await form.getByLabel("Titre en français").fill("Plénière des investisseurs");
    await form.getByRole("button", { name: "Ajouter la séance" }).click();
    await expect(form.getByText("La fin doit venir après le début.")).toBeVisible();
    await expect(form.getByLabel("Type")).toHaveValue("workshop");
    await expect(form.getByLabel("Jour")).toHaveValue("2026-12-09");
    await expect(form.getByLabel("Titre en français")).toHaveValue("Plénière des investisseurs");
    await form.getByLabel("Type").selectOption("plenary");
    await form.getByLabel(/^Fin/).fill("16:00");
    await form.getByLabel("Intervenants en français").fill("Amel Saïdi — directrice, fonds d'investissement\nOleg Markov — banquier");
    await form.getByLabel("Intervenants en russe").fill("Амель Саиди — директор инвестиционного фонда\nОлег Марков — банкир");
    await form.getByLabel("Bloque les rendez-vous B2B").check();
    await form.getByRole("button", { name: "Ajouter la séance" }).click();
    await expect(form.getByRole("status")).toContainText(/Séance ajoutée\. Créneaux ajoutés : 0, supprimés : [1-9]/);
    await expect(page.getByRole("heading", { name: "Plénière des investisseurs", level: 3 })).toBeVisible();
    await expectAccessible(page);

    // The programme names the speakers in the reader's language, else in French.
    await page.goto("/ru/agenda?day=2026-12-09");
    const inRussian = page.getByRole("article", { name: "Plénière des investisseurs" });
    await expect(inRussian.getByRole("listitem")).toHaveText(["Амель Саиди — директор инвестиционного фонда", "Олег Марков — банкир"]);
    await page.goto("/en/agenda?day=2026-12-09");
    await expect(page.getByRole("article", { name: "Plénière des investisseurs" }).getByRole("listitem").first()).toHaveText("Amel Saïdi — directrice, fonds d'investissement");
    await page.goto("/fr/organiser/agenda");

    await consoleNav(page).getByRole("link", { name: "Journal des modifications", exact: true }).click();
    const session = page.getByRole("article", { name: "Séance ajoutée" }).first();
    await expect(session.getByRole("cell", { name: "Plénière des investisseurs" })).toBeVisible();
    const settings = page.getByRole("article", { name: "Réglages du forum modifiés" }).first();
    const slotRow = settings.getByRole("row", { name: /Durée d'un créneau/ });
    await expect(slotRow.getByRole("cell")).toHaveText(["30", "20"]);
    await expect(page.getByRole("article", { name: "Rendez-vous annulé" }).first()).toBeVisible();
    await expect(page.getByText(/Alger \(UTC\+1\)/).first()).toBeVisible();
    await expectAccessible(page);

    // Closing self-service at a time already past: asked once, saved when the organiser says so.
    await consoleNav(page).getByRole("link", { name: "Réglages", exact: true }).click();
    const closes = page.getByLabel(/^Fin de la réservation en libre-service/);
    await closes.fill("2026-12-06T18:00");
    await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await expect(page.getByTestId("form-alert")).toHaveText(/la fin de la réservation en libre-service est déjà passée/);
    await page.getByLabel("Fermer la réservation en libre-service maintenant : la date est passée").check();
    await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Réglages enregistrés" })).toBeVisible();
    await expect(closes).toHaveValue("2026-12-06T18:00");
    await expect(page.getByLabel("Fermer la réservation en libre-service maintenant : la date est passée")).toHaveCount(0);
  });
});
