import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { organiser, signIn, uniqueEmail } from "./support/people";

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

async function createCompany(page: Page, name: string, where = { country: "Algérie", city: "Annaba" }) {
  await page.getByLabel("Nom de l'entreprise").fill(name);
  await page.getByLabel("Pays").selectOption({ label: where.country });
  await page.getByLabel("Ville").fill(where.city);
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

/** A name as the page writes it inside a sentence, isolated for right-to-left reading. */
const isolated = (name: string) => `\u2068${name}\u2069`;

/** The organiser approves these pending companies, found by name in the queue. */
async function approve(page: Page, names: string[]) {
  await signIn(page, organiser);
  for (const name of names) {
    await page.goto(`/fr/organiser/companies?${new URLSearchParams({ status: "pending", q: name })}`);
    await page.getByRole("region", { name }).getByRole("button", { name: `Valider ${name}` }).click();
    await expect(page.getByRole("heading", { name, level: 2 })).toHaveCount(0);
  }
}

test("a meeting left with nobody of the company when its only delegate there leaves: the colleague left in charge takes the seat from the meeting's page, and gives it up once another has taken one", async ({ page, browser }) => {
  const run = `${test.info().project.name} ${Date.now()}`;
  const company = `Annaba Fret ${run}`;
  const partner = `Волга Логистик ${run}`;
  const contexts = await Promise.all([0, 1, 2, 3].map(() => browser.newContext(sameDevice())));
  const [partnerPage, colleague, desk, newcomer] = (await Promise.all(contexts.map((c) => c.newPage()))) as [Page, Page, Page, Page];
  try {
    // Two new companies, one from each country, approved by the organisers.
    await page.goto("/fr/signup");
    await signUp(page, "Walid Cherif");
    await createCompany(page, company);
    await partnerPage.goto("/fr/signup");
    await signUp(partnerPage, "Олег Волков");
    await createCompany(partnerPage, partner, { country: "Russie", city: "Samara" });
    await approve(desk, [company, partner]);

    // Walid asks for a meeting, the partner accepts, Walid books the last slot of the forum.
    await page.goto(`/fr/companies?${new URLSearchParams({ q: partner })}`);
    await page.getByRole("link", { name: partner }).click();
    await page.getByRole("region", { name: "Demander un rendez-vous" }).getByRole("button", { name: `Demander un rendez-vous à ${partner}` }).click();
    await expect(page.getByRole("region", { name: "Demander un rendez-vous" }).getByRole("status")).toContainText(`Demande envoyée à ${partner}`);
    await partnerPage.goto("/fr/requests");
    await partnerPage.getByRole("region", { name: "Reçues" }).getByRole("button", { name: `Accepter la demande de ${company}` }).click();
    await expect(partnerPage.getByRole("region", { name: "Reçues" }).getByText("Acceptée", { exact: true })).toBeVisible();
    await page.goto("/fr/requests");
    await page.getByRole("region", { name: "Envoyées" }).getByRole("link", { name: "Choisir un créneau" }).click();
    await page.getByRole("radio").last().check();
    await page.getByRole("button", { name: "Réserver ce créneau" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Rendez-vous réservé\./ })).toBeVisible();
    await page.goto("/fr/schedule");
    const meetingPage = (await page.getByRole("link", { name: `Présence et résultat du rendez-vous avec ${partner}` }).getAttribute("href"))!;
    expect(meetingPage).toMatch(/^\/fr\/meetings\/[0-9a-f-]{36}$/);

    // Samia joins afterwards: she is seated at nothing already booked.
    await page.goto("/fr/profile");
    await page.getByRole("button", { name: "Créer un lien d'invitation" }).click();
    const link = await page.getByLabel("Lien d'invitation", { exact: true }).inputValue();
    await colleague.goto(link);
    await colleague.getByRole("link", { name: "Créer mon compte" }).click();
    await signUp(colleague, "Samia Rahmani");
    await colleague.getByRole("button", { name: `Rejoindre ${company}` }).click();
    await expect(colleague).toHaveURL(/\/fr\/profile$/);

    // Walid hands her the role and leaves: the meeting keeps nobody of the company.
    await page.reload();
    const team = page.getByRole("region", { name: "Délégués de l'entreprise" });
    await team.getByText("Confier le rôle de contact principal à Samia Rahmani").click();
    await team.getByRole("button", { name: "Confirmer : Samia Rahmani devient contact principal" }).click();
    // The page redraws once the role has passed (a reload here could cut the hand-over short).
    await expect(team.getByText(/En tant que contact principal, vous ne pouvez pas quitter/)).toHaveCount(0);
    await team.getByText("Quitter cette entreprise").click();
    await team.getByRole("button", { name: `Confirmer : je quitte ${company}` }).click();
    await expect(page.getByRole("heading", { name: "Rejoindre l'entreprise d'un collègue" })).toBeVisible();

    // Samia, told by e-mail, opens the meeting's page: nobody is there for the company, she takes the seat.
    await colleague.goto(meetingPage);
    const seats = colleague.getByRole("region", { name: `Délégués de ${isolated(company)} à ce rendez-vous` });
    await expect(seats.getByText(`Personne de ${isolated(company)} n'est inscrit à ce rendez-vous`)).toBeVisible();
    await expectAccessible(colleague);
    await seats.getByRole("button", { name: `Prendre place au rendez-vous avec ${isolated(partner)}` }).click();
    await expect(seats.getByRole("status")).toHaveText("Vous avez une place à ce rendez-vous : il figure dans votre programme.");
    await expect(seats.getByRole("listitem")).toHaveText(["Samia Rahmani (vous)"]);
    // The last of the company there cannot give the seat up: the page says what to do instead.
    await expect(seats.getByText(/^Vous êtes seul\(e\) de .+ à ce rendez-vous : pour céder votre place/)).toBeVisible();
    await expect(seats.getByRole("button", { name: /^Céder ma place/ })).toHaveCount(0);
    await expectAccessible(colleague);

    // Her schedule has the meeting now.
    await colleague.goto("/fr/schedule");
    const inSchedule = (who: Page) => who.getByRole("link", { name: `Présence et résultat du rendez-vous avec ${partner}` });
    await expect(inSchedule(colleague)).toHaveAttribute("href", meetingPage);
    await expectAccessible(colleague);

    // A new colleague, who reads Arabic, takes a seat too; then Samia can give hers up to him.
    await colleague.goto("/fr/profile");
    await colleague.getByRole("button", { name: "Créer un lien d'invitation" }).click();
    const secondLink = await colleague.getByLabel("Lien d'invitation", { exact: true }).inputValue();
    await newcomer.goto(secondLink);
    await newcomer.getByRole("link", { name: "Créer mon compte" }).click();
    await signUp(newcomer, "Nadir Belkacem");
    await newcomer.getByRole("button", { name: `Rejoindre ${company}` }).click();
    await expect(newcomer).toHaveURL(/\/fr\/profile$/);
    await newcomer.goto(meetingPage.replace("/fr/", "/ar/"));
    await expect(newcomer.locator("html")).toHaveAttribute("dir", "rtl");
    const arSeats = newcomer.getByRole("region", { name: `مندوبو ${isolated(company)} في هذا اللقاء` });
    await expect(arSeats.getByRole("listitem")).toHaveText(["Samia Rahmani"]);
    await arSeats.getByRole("button", { name: `حجز مقعد في اللقاء مع ${isolated(partner)}` }).click();
    await expect(arSeats.getByRole("status")).toHaveText("لديكم مقعد في هذا اللقاء: إنه في برنامجكم.");
    await expect(arSeats.getByRole("listitem")).toHaveText(["Nadir Belkacem (أنتم)", "Samia Rahmani"]);
    await expectAccessible(newcomer);

    await colleague.goto(meetingPage);
    await seats.getByRole("button", { name: `Céder ma place au rendez-vous avec ${isolated(partner)}` }).click();
    await expect(seats.getByRole("status")).toHaveText("Vous avez cédé votre place : le rendez-vous ne figure plus dans votre programme.");
    await expect(seats.getByRole("listitem")).toHaveText(["Nadir Belkacem"]);
    await expect(seats.getByRole("button", { name: `Prendre place au rendez-vous avec ${isolated(partner)}` })).toBeVisible();
    await expectAccessible(colleague);
    await colleague.goto("/fr/schedule");
    await expect(inSchedule(colleague)).toHaveCount(0);
    await newcomer.goto("/fr/schedule");
    await expect(inSchedule(newcomer)).toHaveAttribute("href", meetingPage);

    // The organisers read each seat change in the audit log: who, and who sits for the company before and after.
    await desk.goto("/fr/organiser/audit");
    const entries = desk.getByRole("article").filter({ hasText: company });
    const entry = (action: string) => entries.filter({ has: desk.getByRole("heading", { name: action }) });
    const seatedRow = (article: ReturnType<typeof entry>) => article.getByRole("row").filter({ hasText: "Délégués inscrits" }).getByRole("cell");
    await expect(entry("Place prise à un rendez-vous")).toHaveCount(2);
    const givenUp = entry("Place cédée à un rendez-vous");
    await expect(givenUp).toHaveCount(1);
    await expect(givenUp).toContainText("par Samia Rahmani");
    await expect(seatedRow(givenUp)).toHaveText(["Nadir Belkacem, Samia Rahmani", "Nadir Belkacem"]);
    const nadirTook = entry("Place prise à un rendez-vous").filter({ hasText: "par Nadir Belkacem" });
    await expect(seatedRow(nadirTook)).toHaveText(["Samia Rahmani", "Nadir Belkacem, Samia Rahmani"]);
    await expectAccessible(desk);
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
