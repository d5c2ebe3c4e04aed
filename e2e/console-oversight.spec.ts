import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expectAccessible } from "./support/axe";
import { delegate, organiser, signIn } from "./support/people";

// Desktop and phone run at once on one database: each moves its own demo meeting, one no
// other journey reads (Ivan's and Amina's schedules are checked elsewhere, Karim's meeting is
// marked held on the day).
const journeys = {
  desktop: {
    company: "НейроЦифра",
    day: "mercredi 9 décembre 2026",
    from: "14:00–14:30",
    to: "15:00–15:30",
    table: 58,
  },
  phone: {
    company: "НейроЦифра",
    day: "mardi 8 décembre 2026",
    from: "10:30–11:00",
    to: "11:00–11:30",
    table: 57,
  },
} as const;

async function filterGrid(page: Page, company: string) {
  await page.getByLabel("Nom de l'entreprise").fill(company);
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  expect(new URL(page.url()).searchParams.get("q")).toBe(company);
}

test.describe("the organiser's oversight console", () => {
  test("dashboard, a meeting moved in the grid, its table's print sheet, and the companies CSV", async ({ page }) => {
    // A dozen pages, each scanned for accessibility, and a PDF: long on a loaded machine.
    test.setTimeout(360_000);
    const journey = journeys[test.info().project.name === "phone" ? "phone" : "desktop"];
    await signIn(page, organiser);
    await page.goto("/fr/organiser");
    const oversight = page.getByRole("region", { name: "Suivi, impression et export" });
    await expect(oversight).toBeVisible();
    await expectAccessible(page);

    // The dashboard: figures and charts, each chart's numbers also a table.
    await oversight.getByRole("link", { name: "Tableau de bord du forum : entreprises, demandes, rendez-vous" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord du forum" })).toBeVisible();
    // A chart on a laptop; on a phone, where its labels would be too small to read, its table.
    const bySector = { name: "Entreprises validées par secteur" };
    await expect(page.viewportSize()!.width >= 640 ? page.getByRole("img", bySector) : page.getByRole("table", bySector)).toBeVisible();
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    await expect(page.getByRole("table", { name: "Entreprises validées par pays" }).getByRole("row", { name: /Algérie/ })).toContainText(/\d/);
    await expect(page.getByRole("link", { name: /^Rendez-vous réservés : \d+$/ })).toBeVisible();
    await expectAccessible(page);

    // The grid: the day, then the company's meeting.
    await page.goto("/fr/organiser");
    await oversight.getByRole("link", { name: "Rendez-vous par jour : créneaux et tables" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Rendez-vous" })).toBeVisible();
    await expect(page.getByText("Heures du forum : Alger (UTC+1).")).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Heure, Alger (UTC+1)" })).toBeVisible();
    // A grid wider than the screen (always so on a phone) says that it scrolls sideways.
    const grid = page.getByRole("region", { name: /, tables \d+ à \d+$/ });
    const hint = page.getByText("Le tableau est plus large que l'écran : faites-le défiler sur le côté pour voir toutes les tables.");
    const wider = await grid.evaluate((box) => box.scrollWidth > box.clientWidth + 1);
    if (test.info().project.name === "phone") expect(wider).toBe(true);
    await expect(hint).toHaveCount(wider ? 1 : 0);
    if (wider) await expect(grid).toHaveAccessibleDescription(/^Le tableau est plus large que l'écran/);
    await expectAccessible(page);
    await page.getByRole("navigation", { name: "Jours du forum" }).getByRole("link", { name: journey.day }).click();
    await expect(page.getByRole("navigation", { name: "Jours du forum" }).getByRole("link", { name: journey.day })).toHaveAttribute("aria-current", "page");
    await filterGrid(page, journey.company);
    const before = page.getByRole("row", { name: new RegExp(`^${journey.from}`) });
    const meetingLink = before.getByRole("link", { name: new RegExp(journey.company) });
    await expect(meetingLink).toBeVisible();
    await expectAccessible(page);
    await meetingLink.click();

    // The meeting's page: move it to another slot at a chosen table.
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^Rendez-vous : .*${journey.company}`) })).toBeVisible();
    await expect(page.getByText(`${journey.from}, Alger (UTC+1)`)).toBeVisible();
    await expectAccessible(page);
    const slot = page.getByLabel("Nouveau créneau");
    const value = await slot.locator(`optgroup[label="${journey.day}"] option`, { hasText: journey.to }).getAttribute("value");
    await slot.selectOption(value!);
    await page.getByLabel("Table", { exact: true }).selectOption({ label: `Table ${journey.table}` });
    await page.getByRole("button", { name: "Déplacer le rendez-vous" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Rendez-vous déplacé" })).toHaveText("Rendez-vous déplacé. Les deux entreprises le liront dans leur prochain récapitulatif des changements.");
    await expect(page.getByText(`${journey.to}, Alger (UTC+1)`)).toBeVisible();
    await expect(page.getByText(new RegExp(`^Table ${journey.table} · C`))).toBeVisible();
    await expectAccessible(page);

    // Its attendance and outcomes are a link away, and the console's page a link back.
    await page.getByRole("link", { name: "Présence et résultats" }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^Rendez-vous entre .*${journey.company}`) })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Le rendez-vous a-t-il eu lieu ?" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Le rendez-vous dans la console (déplacer, annuler)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^Rendez-vous : .*${journey.company}`) })).toBeVisible();

    // Back in the grid, it sits in its new row and column.
    await page.getByRole("link", { name: "Retour à la grille du jour" }).click();
    await filterGrid(page, journey.company);
    await expect(page.getByRole("columnheader", { name: new RegExp(`^Table ${journey.table}`) })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(`^${journey.to}`) }).getByRole("link", { name: new RegExp(journey.company) })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(`^${journey.from}`) }).getByRole("link", { name: new RegExp(journey.company) })).toHaveCount(0);

    // The table's print sheet: the slot with both companies and their delegates; on paper,
    // no navigation and no print button.
    await page.getByRole("row", { name: new RegExp(`^${journey.to}`) }).getByRole("link", { name: new RegExp(journey.company) }).click();
    await page.getByRole("link", { name: `Imprimer la fiche de la table ${journey.table}` }).click();
    const sheet = page.getByRole("region", { name: new RegExp(`^Table ${journey.table} · zone C`) });
    await expect(sheet).toBeVisible();
    const row = sheet.getByRole("row", { name: new RegExp(`^${journey.to}`) });
    await expect(row).toContainText(journey.company);
    await expect(row.getByRole("heading", { level: 3 })).toHaveCount(2);
    await expect(sheet.getByRole("row", { name: new RegExp(`^${journey.from}`) })).toContainText("Libre");
    await expectAccessible(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Imprimer" })).toBeHidden();
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(sheet).toBeVisible();
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.emulateMedia({ media: "screen" });

    // The companies as CSV: a BOM, and names in Arabic and Cyrillic read back intact.
    await page.goto("/fr/organiser");
    const [download] = await Promise.all([page.waitForEvent("download"), oversight.getByRole("link", { name: "Entreprises", exact: true }).click()]);
    expect(download.suggestedFilename()).toBe("algiers-2026-companies.csv");
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Columns at ";", as a French Excel splits them when the file is opened with a double click.
    const rows: string[][] = parse(bytes.subarray(3).toString("utf8"), { delimiter: ";" });
    expect(rows[0]!.slice(0, 4)).toEqual(["Nom", "Pays", "Ville", "Statut"]);
    const names = rows.map((r) => r[0]);
    expect(names).toContain("مؤسسة الشلف لخدمات الطاقة");
    expect(names).toContain("АО «ВолгаФарм»");
    expect(rows.length).toBeGreaterThan(400);
  });

  test("is refused to a participant, pages and files alike", async ({ page }) => {
    await signIn(page, delegate);
    for (const path of ["/fr/organiser/dashboard", "/fr/organiser/meetings", "/fr/organiser/print/tables", "/fr/organiser/print/programme"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
    }
    await expectAccessible(page);
    const csv = await page.request.get("/fr/organiser/export/companies");
    expect(csv.status()).toBe(403);
  });

  test("prints the day's programme and the table sheets of a day", async ({ page }) => {
    await signIn(page, organiser);
    await page.goto("/fr/organiser/print/programme?day=2026-12-08");
    await expect(page.getByRole("heading", { level: 1, name: /^Programme/ })).toBeVisible();
    await expect(page.getByRole("row", { name: /^09:15–10:00/ })).toContainText("Séance plénière d'ouverture");
    await expectAccessible(page);
    await page.goto("/fr/organiser/print/tables?day=2026-12-08");
    await expect(page.getByRole("heading", { level: 1, name: /^Fiches de table/ })).toBeVisible();
    await expect(page.getByRole("region", { name: /^Table 12 · zone A/ })).toBeVisible();
    await expectAccessible(page);
  });
});
