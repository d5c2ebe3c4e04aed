import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";

const password = "demo-delegate-2026";
const account = (name: string) => ({ email: `${name}@demo.passerelle.test`, password });

// Desktop and phone run at the same time on one database: each takes its own pair of
// companies, so neither sees the other's request (one live request per pair).
const pairs = {
  desktop: {
    sender: account("ivan.petrov"),
    senderCompany: "АО «ВолгаФарм»",
    receiver: account("amina.benali"),
    receiverCompany: "Saidal Atlas Pharma",
    reasons: [
      "Страна: Алжир — другая сторона форума",
      "Общий сектор: Фармацевтика и здравоохранение",
      // Their offers are in Arabic, his needs in Russian: the pair shares its sector, not words, and says only that.
      /^Одна отрасль \(Фармацевтика и здравоохранение\): они предлагают «.+», вы ищете «.+»$/,
    ],
  },
  phone: {
    sender: account("elena.smirnova"),
    senderCompany: "ООО «НейроЦифра»",
    receiver: account("karim.haddad"),
    receiverCompany: "SARL Atlas Solaire",
    reasons: ["Страна: Алжир — другая сторона форума", "Вы ищете: экспорт; они: импорт", "Общий язык: французский"],
  },
} as const;

const signInLabels = {
  ru: { email: "Электронная почта", password: "Пароль", submit: "Войти" },
  ar: { email: "البريد الإلكتروني", password: "كلمة المرور", submit: "تسجيل الدخول" },
  fr: { email: "Adresse e-mail", password: "Mot de passe", submit: "Se connecter" },
};

/** A second person on the same kind of device (desktop or phone) as the project's. */
async function newPerson(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL, locale, timezoneId } = test.info().project.use;
  const context = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL, locale, timezoneId, ...options });
  return context.newPage();
}

async function signInAs(page: Page, locale: keyof typeof signInLabels, who: { email: string; password: string }) {
  const labels = signInLabels[locale];
  await page.goto(`/${locale}/signin`);
  await page.getByLabel(labels.email, { exact: true }).fill(who.email);
  await page.getByLabel(labels.password, { exact: true }).fill(who.password);
  await page.getByRole("button", { name: labels.submit }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/schedule$`));
}

/** The card of a suggested company, on whichever page of suggestions it ranks. */
async function findSuggestion(page: Page, name: string) {
  const card = page.getByRole("region", { name, exact: true });
  await expect(page.getByRole("navigation", { name: "Страницы рекомендаций" })).toBeVisible();
  // Reading the next pages' HTML with the same session is much cheaper than drawing each one.
  for (let number = 2; (await card.count()) === 0 && number <= 40; number++) {
    const html = await (await page.request.get(`/ru/matches?page=${number}`)).text();
    if (!html.includes(name)) continue;
    await page.goto(`/ru/matches?page=${number}`);
    await expect(page.getByText(`Страница ${number} из`)).toBeVisible();
  }
  await expect(card).toBeVisible();
  return card;
}

test.describe("meeting requests", () => {
  test("a Russian delegate asks an Algerian company for a meeting, which accepts it in Arabic", async ({ page, browser }) => {
    // Two people, a dozen pages each scanned for accessibility (and on the phone, pages of suggestions).
    test.setTimeout(180_000);
    const pair = pairs[test.info().project.name === "phone" ? "phone" : "desktop"];

    // The Russian delegate finds the Algerian company among the suggestions, with the reasons.
    await signInAs(page, "ru", pair.sender);
    await page.getByRole("link", { name: "Рекомендации" }).click();
    await expect(page).toHaveURL(/\/ru\/matches$/);
    await expect(page.getByRole("heading", { level: 1, name: "Рекомендуемые партнёры" })).toBeVisible();
    await expectAccessible(page);
    const card = await findSuggestion(page, pair.receiverCompany);
    await expect(card.getByRole("link", { name: pair.receiverCompany, exact: true })).toHaveAttribute("href", /\/ru\/companies\/[0-9a-f-]{36}$/);
    for (const reason of pair.reasons) await expect(card.getByRole("listitem").filter({ hasText: reason })).toHaveCount(1);

    const message = "Здравствуйте! Хотели бы обсудить сотрудничество на форуме.";
    await card.getByLabel("Сообщение (необязательно)").fill(message);
    await card.getByRole("button", { name: `Запросить встречу с ${pair.receiverCompany}` }).click();
    await expect(card.getByRole("status")).toContainText(`Заявка отправлена: ${pair.receiverCompany}.`);
    await expect(card.getByRole("status")).toBeFocused();
    await expectAccessible(page);

    await card.getByRole("link", { name: "Мои заявки" }).click();
    await expect(page).toHaveURL(/\/ru\/requests$/);
    const sent = page.getByRole("region", { name: "Отправленные" });
    const outgoing = sent.getByRole("article", { name: pair.receiverCompany, exact: true });
    await expect(outgoing.getByText("Ждёт ответа")).toBeVisible();
    await expect(outgoing.getByText(message)).toBeVisible();
    await expect(outgoing.getByText(/^Отправлена .+ — .+\(UTC\+1\)$/)).toBeVisible();
    await expectAccessible(page);

    // The Algerian contact sees the request waiting, in the header and on the requests page.
    const receiver = await newPerson(browser);
    await signInAs(receiver, "ar", pair.receiver);
    const requestsLink = receiver.getByRole("link", { name: "الطلبات، طلب واحد في الانتظار" });
    await expect(requestsLink).toBeVisible();
    await expect(requestsLink).toContainText("1");
    await expectAccessible(receiver);
    await requestsLink.click();
    await expect(receiver).toHaveURL(/\/ar\/requests$/);
    await expect(receiver.getByRole("heading", { level: 1, name: "طلبات اللقاء" })).toBeVisible();
    await expectAccessible(receiver);

    const incoming = receiver.getByRole("region", { name: "الواردة" }).getByRole("article", { name: pair.senderCompany, exact: true });
    await expect(incoming.getByText(message)).toBeVisible();
    await expect(incoming.getByText("في انتظار الرد")).toBeVisible();
    // An open request is accepted or declined by its receiver; withdrawing it is the sender's.
    await expect(incoming.getByRole("button", { name: /^إلغاء الطلب/ })).toHaveCount(0);
    await incoming.getByLabel("ملاحظة (اختيارية)").fill("يسعدنا اللقاء في الجزائر");
    await incoming.getByRole("button", { name: `قبول طلب ${pair.senderCompany}` }).click();
    await expect(incoming.getByRole("status")).toHaveText("تم قبول الطلب، وأُبلغت الشركة الأخرى.");
    await expect(incoming.getByText("مقبول", { exact: true })).toBeVisible();
    await expect(incoming.getByText("يسعدنا اللقاء في الجزائر")).toBeVisible();
    await expect(incoming.getByRole("button", { name: `قبول طلب ${pair.senderCompany}` })).toHaveCount(0);
    await expect(receiver.getByRole("link", { name: "الطلبات", exact: true })).toBeVisible();
    await expectAccessible(receiver);

    // The sender sees it accepted, with the note.
    await page.reload();
    await expect(outgoing.getByText("Принята", { exact: true })).toBeVisible();
    await expect(outgoing.getByText("يسعدنا اللقاء في الجزائر")).toBeVisible();
    const cancel = outgoing.getByRole("button", { name: `Отменить заявку на встречу с ${pair.receiverCompany}` });
    await expect(cancel).toBeVisible();
    await expectAccessible(page);

    // Withdrawing asks first, and the question is read out where the button was; he steps
    // back, then withdraws it after all, and the Algerian side sees it cancelled.
    await cancel.click();
    const question = outgoing.getByText(/^Отменить заявку на встречу с .+\? Другая компания получит уведомление\.$/);
    await expect(question).toBeFocused();
    await expectAccessible(page);
    await outgoing.getByRole("button", { name: "Оставить заявку" }).click();
    await expect(question).toBeHidden();
    await expect(outgoing.getByText("Принята", { exact: true })).toBeVisible();
    if (test.info().project.name === "phone") {
      // On a phone whose network has not brought the page's script yet, the question and the
      // answer work all the same: the phone withdraws it with scripts off.
      const slow = await newPerson(browser, { javaScriptEnabled: false });
      await signInAs(slow, "ru", pair.sender);
      await slow.goto("/ru/requests");
      const slowOutgoing = slow.getByRole("region", { name: "Отправленные" }).getByRole("article", { name: pair.receiverCompany, exact: true });
      await slowOutgoing.getByRole("button", { name: `Отменить заявку на встречу с ${pair.receiverCompany}` }).click();
      await slowOutgoing.getByRole("button", { name: "Да, отменить заявку" }).click();
      await expect(slowOutgoing.getByRole("status")).toHaveText("Заявка отменена. Другая компания уведомлена.");
      await expect(slowOutgoing.getByText("Отменена", { exact: true })).toBeVisible();
      await page.reload();
    } else {
      await cancel.click();
      await outgoing.getByRole("button", { name: "Да, отменить заявку" }).click();
      await expect(outgoing.getByRole("status")).toHaveText("Заявка отменена. Другая компания уведомлена.");
      await expect(outgoing.getByRole("status")).toBeFocused();
    }
    await expect(outgoing.getByText("Отменена", { exact: true })).toBeVisible();
    await expect(outgoing.getByRole("button", { name: /^Отменить заявку/ })).toHaveCount(0);
    await receiver.reload();
    await expect(incoming.getByText("ملغى", { exact: true })).toBeVisible();
    await receiver.context().close();
  });

  test("a delegate whose company awaits approval is told why there are no suggestions", async ({ page }) => {
    await signInAs(page, "fr", account("nadia.mansouri"));
    await page.goto("/fr/matches");
    await expect(page.getByRole("heading", { level: 1, name: "Partenaires suggérés" })).toBeVisible();
    await expect(page.getByText(/Votre entreprise attend la validation des organisateurs/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Aller à mon entreprise" })).toHaveAttribute("href", "/fr/profile");
    await expect(page.getByRole("button", { name: /^Demander un rendez-vous/ })).toHaveCount(0);
    await expectAccessible(page);
    await page.goto("/fr/requests");
    await expect(page.getByRole("heading", { level: 1, name: "Demandes de rendez-vous" })).toBeVisible();
    await expectAccessible(page);
  });
});
