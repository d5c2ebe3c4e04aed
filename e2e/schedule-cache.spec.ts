import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { uniqueEmail } from "./support/people";

/** A new account of one's own (each run and project its own), signed in on `page`. */
async function signUp(page: Page, name: string) {
  await page.goto("/fr/signup");
  await page.getByLabel("Nom complet").fill(name);
  await page.getByLabel("Adresse e-mail").fill(uniqueEmail("cache"));
  await page.getByLabel("Mot de passe").fill("un mot de passe solide");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("heading", { name: "Mon entreprise", level: 1 })).toBeVisible();
}

const session = "Pharmacie et santé : produire, enregistrer et distribuer";
// The session's day, named: on the forum's days the programme opens on today.
const sessionDay = "/fr/agenda?day=2026-12-08";

// Navigations straight to the server, so each response says how the page cache answered it.
test.use({ serviceWorkers: "block" });

/** Loads my schedule as a document and says how the page cache answered: hit, miss or shared. */
async function loadSchedule(page: Page): Promise<string | undefined> {
  const response = await page.goto("/fr/schedule");
  expect(response?.status()).toBe(200);
  return response?.headers()["x-page-cache"];
}

async function setBookmark(page: Page, pressed: boolean) {
  await page.goto(sessionDay);
  const button = page.getByRole("button", { name: `Retenir la session « ${session} »` });
  await expect(button).toHaveAttribute("aria-pressed", String(!pressed));
  await button.click();
  await expect(button).toHaveAttribute("aria-pressed", String(pressed));
}

test("my schedule and the programme are served from the page cache, each to its reader alone, and never behind a change", async ({ page, browser }) => {
  const first = { name: "Мария Кузьмина" };
  const second = { name: "Mikhaïl Semionov" };
  await signUp(page, first.name);
  await loadSchedule(page);
  await expect(page.getByText(`Bienvenue, ${first.name}.`)).toBeVisible();

  // Nothing changed: the page comes from the cache. Other journeys' writes on the same server
  // (and a new minute) rightly force a render, so a hit is awaited over a few loads.
  const outcomes: (string | undefined)[] = [];
  while (outcomes.length < 20 && !outcomes.includes("hit")) outcomes.push(await loadSchedule(page));
  expect(outcomes).toContain("hit");
  expect(outcomes.every((o) => o === "hit" || o === "miss" || o === "shared")).toBe(true);
  await expect(page.getByText(`Bienvenue, ${first.name}.`)).toBeVisible();
  await expect(page.getByRole("article", { name: session })).toHaveCount(0);
  await expectAccessible(page);

  // A link in the app moves to the schedule without reloading the page: the app's own fetches
  // (the link's prefetch, the navigation) go to the app, never to the page cache.
  await page.goto("/fr/agenda");
  await page.evaluate(() => Object.assign(window, { stayedOnPage: true }));
  const cacheAnswers: (string | undefined)[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname === "/fr/schedule") cacheAnswers.push(response.headers()["x-page-cache"]);
  });
  await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Mon programme" }).click();
  await expect(page).toHaveURL(/\/fr\/schedule$/);
  await expect(page.getByText(`Bienvenue, ${first.name}.`)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stayedOnPage?: boolean }).stayedOnPage)).toBe(true);
  expect(cacheAnswers.length).toBeGreaterThan(0);
  expect(cacheAnswers.every((answer) => answer === undefined)).toBe(true);

  // Another delegate, signed in elsewhere at the same time, gets his own page, never hers.
  const elsewhere = await browser.newContext({ serviceWorkers: "block" });
  const other = await elsewhere.newPage();
  await signUp(other, second.name);
  for (let i = 0; i < 3; i++) {
    await loadSchedule(other);
    await expect(other.getByText(`Bienvenue, ${second.name}.`)).toBeVisible();
    await expect(other.getByText(first.name)).toHaveCount(0);
  }
  await elsewhere.close();

  // She bookmarks a session: the next load renders afresh and shows it.
  await setBookmark(page, true);
  expect(await loadSchedule(page)).not.toBe("hit");
  await expect(page.getByRole("article", { name: session })).toContainText("Session retenue");
  await expectAccessible(page);

  // A visitor's programme comes from the cache too, and is nobody's: no bookmarks, an
  // invitation to sign in instead.
  const visiting = await browser.newContext({ serviceWorkers: "block" });
  const visitor = await visiting.newPage();
  const visits: (string | undefined)[] = [];
  while (visits.length < 20 && !visits.includes("hit")) visits.push((await visitor.goto(sessionDay))?.headers()["x-page-cache"]);
  expect(visits).toContain("hit");
  await expect(visitor.getByRole("article", { name: session })).toBeVisible();
  await expect(visitor.getByRole("button", { name: /^Retenir/ })).toHaveCount(0);
  await expectAccessible(visitor);
  await visiting.close();

  // And takes it back: the page does not return to an older copy with the session still on it.
  await setBookmark(page, false);
  expect(await loadSchedule(page)).not.toBe("hit");
  await expect(page.getByRole("article", { name: session })).toHaveCount(0);
  await expect(page.getByText(`Bienvenue, ${first.name}.`)).toBeVisible();
});
