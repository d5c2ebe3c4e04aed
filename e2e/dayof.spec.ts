import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { delegate, organiser, signIn } from "./support/people";
import { readQrCode } from "./support/qr";

// Karim (SARL Atlas Solaire) and his demo meeting at 16:00 on the first day are no other
// journey's: he is checked in, his meeting marked held and its outcome reported.
const karim = delegate;

test.describe("on the day and after", () => {
  test.skip(() => test.info().project.name !== "phone", "the check-in desk and the delegate's day are phone journeys");
  // Two people, three sign-ins and eight accessibility scans on a shared two-core machine.
  test.describe.configure({ timeout: 360_000 });

  test("a delegate is checked in from his badge, a forged code is refused, his meeting is marked held once begun and its outcome reaches the report", async ({ page, browser }) => {
    // The delegate opens his badge; the desk's camera would read the QR code.
    await signIn(page, karim);
    await page.getByRole("link", { name: "Mon badge pour l'accueil" }).click();
    await expect(page.getByRole("heading", { name: "Mon badge", level: 1 })).toBeVisible();
    await expectAccessible(page);
    const printed = (await page.getByRole("definition").textContent())!.trim();
    expect(printed).toMatch(/^PSL(-[0-9A-Z]{4}){4}$/);
    const scanned = await readQrCode(page.getByRole("img", { name: "Code QR du badge de Karim Haddad" }));
    expect(scanned).toBe(printed);

    // The organiser's desk, on another phone.
    const deskContext = await browser.newContext({ ...test.info().project.use });
    const desk = await deskContext.newPage();
    await signIn(desk, organiser);
    await desk.goto("/fr/organiser");
    await desk.getByRole("navigation", { name: "Le jour J et après" }).getByRole("link", { name: "Accueil des participants" }).click();
    await expect(desk.getByRole("heading", { name: "Accueil des participants", level: 1 })).toBeVisible();
    await expectAccessible(desk);

    const code = desk.getByLabel("Code du badge");
    await code.fill("PSL-7KQ2-M9XD-4RTA-ZB3H");
    await desk.getByRole("button", { name: "Enregistrer l'arrivée avec ce code" }).click();
    await expect(desk.getByRole("alert").filter({ hasText: "Ce code n'est pas un badge de ce forum" })).toBeVisible();
    await expect(desk.getByRole("heading", { name: "Karim Haddad" })).toHaveCount(0);
    // The code stays in the field to be checked, as the message asks.
    await expect(code).toHaveValue("PSL-7KQ2-M9XD-4RTA-ZB3H");

    await code.fill(scanned.toLowerCase());
    await desk.getByRole("button", { name: "Enregistrer l'arrivée avec ce code" }).click();
    await expect(desk.getByRole("heading", { name: "Karim Haddad", level: 2 })).toBeVisible();
    await expect(desk.getByText("SARL Atlas Solaire")).toBeVisible();
    await expect(desk.getByRole("status").filter({ hasText: /^Arrivée enregistrée à \d\d:\d\d, Alger \(UTC\+1\)$/ })).toBeVisible();
    await expectAccessible(desk);
    // A second desk (or a second scan) does not count him twice.
    await code.fill(scanned);
    await desk.getByRole("button", { name: "Enregistrer l'arrivée avec ce code" }).click();
    await expect(desk.getByRole("status").filter({ hasText: /^Arrivée déjà enregistrée à \d\d:\d\d/ })).toBeVisible();
    // Found by name instead, far down the phone's screen: the answer comes into view and is read out.
    await desk.getByLabel("Trouver un délégué par son nom ou son entreprise").fill("Haddad");
    await desk.getByRole("button", { name: "Rechercher" }).click();
    await expect(desk.getByText("1 délégué enregistré à ce stade")).toBeVisible();
    const found = desk.getByRole("listitem").filter({ hasText: "Karim Haddad" }).filter({ hasText: "SARL Atlas Solaire" });
    await expect(found.getByText(/^Arrivée enregistrée à \d\d:\d\d$/)).toBeVisible();
    expect(await desk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(desk.viewportSize()!.width);
    await found.getByRole("button", { name: "Enregistrer l'arrivée : Karim Haddad" }).click();
    await expect(desk.getByRole("status").filter({ hasText: /^Arrivée déjà enregistrée à \d\d:\d\d/ })).toBeInViewport();
    await expectAccessible(desk);

    // Once his meeting has begun, the delegate marks it held and records how it went for his
    // side. Before then nothing can be marked, and the page says from when: the demo forum's
    // days are real dates, so a run before its first afternoon sees that instead.
    await page.goto("/fr/schedule");
    await page.getByRole("link", { name: /^Présence et résultat du rendez-vous avec (?!ООО «НейроЦифра»)/ }).first().click();
    await expect(page.getByRole("heading", { name: /^Rendez-vous avec/, level: 1 })).toBeVisible();
    await expectAccessible(page);
    const startsAt = new Date((await page.locator("main time").first().getAttribute("datetime"))!);
    const held = page.getByRole("button", { name: "Le rendez-vous a eu lieu" });
    const begun = Date.now() >= startsAt.getTime();
    if (!begun) {
      await expect(held).toHaveCount(0);
      await expect(page.getByRole("button", { name: / n'est pas venu/ })).toHaveCount(0);
      await expect(page.getByText(/^La présence pourra être enregistrée à partir de \d\d:\d\d, heure du début du rendez-vous\.$/)).toBeVisible();
      await expect(page.getByText("Le résultat peut être saisi une fois le rendez-vous marqué comme tenu.")).toBeVisible();
    } else {
      await expect(page.getByRole("button", { name: / n'est pas venu/ })).toBeVisible();
      await held.click();
      await expect(page.getByText(/^Marqué comme tenu par Karim Haddad/)).toBeVisible();
      // Only the organisers can take a mark back: the desk does (a tap too soon, say), and he marks it again.
      await expect(page.getByRole("button", { name: "Annuler ce marquage" })).toHaveCount(0);
      const meetingPath = new URL(page.url()).pathname;
      await desk.goto(meetingPath);
      await desk.getByRole("button", { name: "Annuler ce marquage" }).click();
      await expect(desk.getByText(/^Annuler ce marquage \? Le rendez-vous redevient prévu/)).toBeFocused();
      await expectAccessible(desk);
      await desk.getByRole("button", { name: "Oui, annuler le marquage" }).click();
      await expect(desk.getByRole("status").filter({ hasText: "Marquage annulé : le rendez-vous est de nouveau prévu." })).toBeVisible();
      await expect(desk.getByRole("button", { name: "Le rendez-vous a eu lieu" })).toBeVisible();
      await expectAccessible(desk);
      await page.reload();
      await held.click();
      await expect(page.getByText(/^Marqué comme tenu par Karim Haddad/)).toBeVisible();
      await page.getByRole("radio", { name: "Contrat signé" }).check();
      await page.getByLabel("Valeur estimée (facultatif)").fill("250 000");
      await page.getByLabel("Devise").selectOption("EUR");
      await page.getByLabel("Note privée (facultatif)").fill("Onduleurs : livraison en mars");
      await page.getByRole("button", { name: "Enregistrer le résultat" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Résultat enregistré." })).toBeVisible();
      await expectAccessible(page);
      // Once an outcome is recorded, the mark stays.
      await desk.goto(meetingPath);
      await expect(desk.getByText(/^Marqué comme tenu par Karim Haddad/)).toBeVisible();
      await desk.getByRole("button", { name: "Annuler ce marquage" }).click();
      await desk.getByRole("button", { name: "Oui, annuler le marquage" }).click();
      await expect(desk.getByRole("alert").filter({ hasText: "Un résultat a déjà été saisi pour ce rendez-vous" })).toBeVisible();
      await desk.reload();
      await expect(desk.getByText(/^Marqué comme tenu par Karim Haddad/)).toBeVisible();
      // Both sides' outcomes, a wide table, scroll in their own box: the page fits the phone.
      await expect(desk.getByRole("table", { name: "Résultats des deux parties" }).getByRole("row", { name: /^SARL Atlas Solaire/ })).toContainText("Contrat signé");
      expect(await desk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(desk.viewportSize()!.width);
    }

    // The report counts him arrived, and the meeting held with its signed contract once it is.
    await desk.goto("/fr/organiser");
    await desk.getByRole("navigation", { name: "Le jour J et après" }).getByRole("link", { name: "Bilan du forum" }).click();
    await expect(desk.getByRole("heading", { name: "Bilan du forum", level: 1 })).toBeVisible();
    const figure = (label: string) => desk.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
    await expect(figure("Délégués arrivés")).toHaveText("1");
    await expect(figure("Rendez-vous tenus")).toHaveText(begun ? "1" : "0");
    if (begun) {
      await expect(figure("Contrats signés")).not.toHaveText(/^0/);
      const active = desk.getByRole("table", { name: "Entreprises les plus actives" });
      await expect(active.getByRole("row").nth(1)).toContainText("SARL Atlas Solaire");
      await expect(desk.getByRole("table", { name: "Résultats par couple de pays" }).getByRole("row", { name: /^Algérie avec Russie/ })).toContainText("1");
    }
    // The console's row of pages shows where the organiser is, even this far along it.
    await expect(desk.getByRole("navigation", { name: "Console des organisateurs" }).getByRole("link", { name: "Bilan" })).toBeInViewport();
    // On the phone the report stays within the screen: wide tables scroll in their own box.
    expect(await desk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(desk.viewportSize()!.width);
    await expectAccessible(desk);
    const download = desk.waitForEvent("download");
    await desk.getByRole("link", { name: "Exporter les rendez-vous (CSV)" }).click();
    const csv = await (await download).createReadStream();
    const text = Buffer.concat(await csv.toArray()).toString("utf8");
    expect(text.startsWith("\uFEFFRendez-vous;Jour;Heure")).toBe(true);
    if (begun) expect(text).toMatch(/SARL Atlas Solaire.*Contrat signé;250000,00;EUR;Onduleurs : livraison en mars/);
    await deskContext.close();
  });

  test("the organiser writes an announcement in one language, every delegate reads it on the schedule; badges print by letter", async ({ page, browser }) => {
    await signIn(page, organiser);
    await page.goto("/fr/organiser/announcements");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Publier" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Rédigez l'annonce dans au moins une langue." })).toBeVisible();
    await page.getByLabel("En russe").fill("Обед подан в зале «Тассили».");
    await page.getByRole("button", { name: "Publier" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Annonce publiée" })).toBeVisible();

    await page.goto("/fr/organiser/badges?letter=S");
    await expect(page.getByRole("heading", { name: "Badges à imprimer" })).toBeVisible();
    await expect(page.getByRole("img", { name: "Code QR du badge de Karim Haddad" })).toBeVisible();
    await expectAccessible(page);

    const other = await browser.newContext({ ...test.info().project.use });
    const reader = await other.newPage();
    await signIn(reader, karim);
    const news = reader.getByRole("region", { name: "Annonces des organisateurs" });
    await expect(news.getByText("Обед подан в зале «Тассили».")).toHaveAttribute("lang", "ru");
    await expectAccessible(reader);
    // And the desk, the badges and the report stay closed to him.
    for (const path of ["/fr/organiser/check-in", "/fr/organiser/badges", "/fr/organiser/report", "/fr/organiser/announcements"]) {
      expect((await reader.goto(path))?.status(), path).toBe(403);
    }
    expect((await reader.request.get("/fr/organiser/report/csv")).status()).toBe(403);
    await other.close();
  });
});
