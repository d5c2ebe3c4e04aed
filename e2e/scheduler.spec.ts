import { expect, test } from "@playwright/test";
import { planWaitingRequests } from "../db/seed/demo-waiting-plan";
import { expectAccessible } from "./support/axe";
import { delegate, organiser, signIn } from "./support/people";

const plan = planWaitingRequests();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.describe("the auto-scheduler", () => {
  test("is refused to a participant by the server", async ({ page }) => {
    await signIn(page, delegate);
    const response = await page.goto("/fr/organiser/scheduler");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("button", { name: "Lancer la planification automatique" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("an organiser runs it, reviews the proposal and its grid, publishes, and a delegate finds the new meeting", async ({ page, browser }) => {
    // A real run of about two seconds, a publish of some 300 meetings, and four people's pages.
    test.slow();
    await signIn(page, organiser);
    await page.goto("/fr/organiser");
    await page.getByRole("link", { name: "Planifier automatiquement les rendez-vous" }).click();
    await expect(page).toHaveURL(/\/fr\/organiser\/scheduler$/);
    await expect(page.getByRole("heading", { level: 1, name: "Planification automatique" })).toBeVisible();
    await expect(page.getByText(/^\d+ demandes acceptées attendent un rendez-vous\.$/)).toBeVisible();
    await expectAccessible(page);

    // The run takes about two seconds on the server, then the proposal shows.
    await page.getByRole("button", { name: "Lancer la planification automatique" }).click();
    // The button says how long the search takes: two seconds for a forum of this size.
    await expect(page.getByRole("button", { name: "Calcul en cours… environ 2 secondes" })).toBeDisabled();
    await expect(page.getByRole("status").filter({ hasText: "Une nouvelle proposition est prête" })).toHaveText(
      /^Une nouvelle proposition est prête : \d+ placés, \d+ non placés\.$/,
      { timeout: 30_000 },
    );
    const proposal = page.getByRole("region", { name: /^Proposition du / });
    // When it was made, on the forum's 24-hour clock with its zone.
    await expect(proposal.getByRole("heading", { level: 2 }).first()).toHaveText(/^Proposition du [a-z]+ \d+ [a-zé]+ \d{4} \u2068\d\d:\d\d UTC\+1\u2069$/);
    await expect(proposal.getByText("Brouillon, pas encore publiée")).toBeVisible();
    const figures = proposal.getByRole("region", { name: "Chiffres" });
    for (const label of ["Placés", "Non placés", "Temps morts au total", "Plus grand écart de temps morts", "Durée du calcul"]) {
      await expect(figures.getByRole("term").filter({ hasText: new RegExp(`^${label}$`) })).toBeVisible();
    }
    await expect(figures.getByRole("definition").last()).toHaveText(/^\d,\d s$/);

    // Unplaced meetings say why in plain words; breaks are listed per delegate.
    const unplaced = proposal.getByRole("region", { name: "Rendez-vous non placés" });
    await expect(unplaced.getByRole("cell", { name: /est indisponible sur tous les créneaux\.$/ }).first()).toBeVisible();
    await expect(unplaced.getByRole("cell", { name: /n'a plus aucun créneau libre\.$/ }).first()).toBeVisible();
    // Company names keep their own direction inside the sentence (a Cyrillic name in Arabic).
    await expect(unplaced.getByRole("row").filter({ hasText: /n'a plus aucun créneau libre\.$/ }).first().locator("bdi")).toHaveCount(3);
    const breaks = proposal.getByRole("region", { name: "Temps morts par délégué" });
    await expect(breaks.getByRole("columnheader", { name: "Délégué" })).toBeVisible();
    await expect(breaks.getByRole("navigation", { name: "Pages des temps morts" })).toBeVisible();

    // The grid of the first day: slots in Algiers time by tables, this proposal's meetings marked.
    const grid = proposal.getByRole("table", { name: /^mardi 8 décembre 2026, tables 1 à 12, heure du forum : Alger \(UTC\+1\)$/ });
    await expect(grid.getByRole("columnheader", { name: "Table 1", exact: true })).toBeVisible();
    await expect(grid.getByRole("rowheader", { name: "10:00–10:30" })).toBeVisible();
    await expect(grid.getByText("nouveau", { exact: true }).first()).toBeVisible();
    // Wider than the screen, the grid says that it scrolls sideways; otherwise it says nothing.
    const box = proposal.getByRole("region", { name: "Grille des créneaux et des tables, défilement horizontal" });
    const wider = await box.evaluate((element) => element.scrollWidth > element.clientWidth + 1);
    await expect(proposal.getByText(/^Le tableau est plus large que l'écran/)).toHaveCount(wider ? 1 : 0);
    await expectAccessible(page);

    await proposal.getByRole("navigation", { name: "Jours de la grille" }).getByRole("link", { name: "mercredi 9 décembre 2026" }).click();
    await expect(page).toHaveURL(/day=2026-12-09/);
    await page.getByRole("navigation", { name: "Pages des tables" }).getByRole("link", { name: "Page suivante" }).click();
    await expect(page.getByRole("table", { name: /^mercredi 9 décembre 2026, tables 13 à 24, / })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "09:30–10:00" })).toBeVisible();
    await expectAccessible(page);

    // Publishing books the meetings and writes one e-mail per delegate.
    await page.getByRole("button", { name: "Publier cette proposition" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Publiée" })).toHaveText(/^Publiée : \d+ rendez-vous réservés, \d+ e-mails écrits\.$/, { timeout: 30_000 });
    await expect(page.getByRole("button", { name: "Publier cette proposition" })).toHaveCount(0);
    // The run's "new proposal ready" is no longer said once it is published.
    await expect(page.getByRole("status").filter({ hasText: "Une nouvelle proposition est prête" })).toHaveCount(0);
    await expect(page.getByText("Publiée", { exact: true })).toBeVisible();
    await expect(page.getByText("Aucune demande acceptée n'attend de rendez-vous.").or(page.getByText(/^\d+ demandes? acceptées? attend/))).toBeVisible();
    await expectAccessible(page);

    await page.goto("/fr/organiser/outbox");
    await expect(page.getByText(/^Vos \d+ nouveaux rendez-vous B2B au forum$/).first()).toBeVisible();
    await expectAccessible(page);

    // Karim finds his new meetings on his schedule, with the partners the organisers placed.
    const context = await browser.newContext({ ...test.info().project.use });
    const karim = await context.newPage();
    await signIn(karim, delegate);
    await karim.goto("/fr/schedule");
    const partners = new RegExp(plan.karimPartners.map(escape).join("|"));
    await expect(karim.getByRole("article").filter({ hasText: partners }).first()).toBeVisible();
    await expect(karim.getByRole("article").filter({ hasText: partners })).toHaveCount(plan.karimPartners.length);
    await expectAccessible(karim);
    await context.close();
  });
});
