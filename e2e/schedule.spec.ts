import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { expectAccessible } from "./support/axe";

const ivan = { email: "ivan.petrov@demo.passerelle.test", password: "demo-delegate-2026" };

// Desktop and phone run at once as the same delegate: each bookmarks its own session.
const sessionToBookmark = {
  desktop: "Фармацевтика и здравоохранение: производство, регистрация, дистрибуция",
  phone: "Мастер-класс: экспорт в Россию — сертификация, таможня и платежи",
};

async function signInInRussian(page: Page, who: { email: string; password: string }) {
  await page.goto("/ru/signin");
  await expectAccessible(page);
  await page.getByLabel("Электронная почта", { exact: true }).fill(who.email);
  await page.getByLabel("Пароль", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(/\/ru\/schedule$/);
}

test.describe("the agenda and my schedule", () => {
  test("a visitor reads the programme in French and switches day", async ({ page }) => {
    await page.goto("/fr/agenda");
    await expect(page.getByRole("heading", { level: 1, name: "Programme" })).toBeVisible();
    // The browser is on Moscow time; the programme is in Algiers' zone, named once.
    await expect(page.getByText("Heures du forum : Alger (UTC+1).")).toBeVisible();
    const days = page.getByRole("navigation", { name: "Jours du forum" });
    // It opens on today while the forum is on (the demo forum's days are real dates), else on its first day.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(new Date());
    const opensOn = today === "2026-12-09" ? "mercredi 9 décembre" : "mardi 8 décembre";
    await expect(days.getByRole("link", { name: opensOn })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 2, name: `${opensOn} 2026` })).toBeVisible();
    if (opensOn !== "mardi 8 décembre") {
      await days.getByRole("link", { name: "mardi 8 décembre" }).click();
      await expect(days.getByRole("link", { name: "mardi 8 décembre" })).toHaveAttribute("aria-current", "page");
    }
    const opening = page.getByRole("article", { name: "Séance plénière d'ouverture" });
    await expect(opening).toContainText("09:15–10:00");
    await expect(opening).toContainText("Plénière");
    await expect(opening).toContainText("Salle plénière");
    await expect(opening.getByRole("listitem").first()).toContainText("Mourad Benslimane");
    const pharma = page.getByRole("article", { name: "Pharmacie et santé : produire, enregistrer et distribuer" });
    await expect(pharma).toContainText("Industrie pharmaceutique et santé");
    // Signed out: an invitation to sign in, no bookmark buttons.
    await expect(page.getByRole("button", { name: /^Retenir/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Se connecter" }).last()).toBeVisible();
    await expectAccessible(page);

    await days.getByRole("link", { name: "mercredi 9 décembre" }).click();
    await expect(page).toHaveURL(/\/fr\/agenda\?day=2026-12-09$/);
    await expect(days.getByRole("link", { name: "mercredi 9 décembre" })).toHaveAttribute("aria-current", "page");
    await expect(days.getByRole("link", { name: "mardi 8 décembre" })).not.toHaveAttribute("aria-current", /.*/);
    await expect(page.getByRole("heading", { level: 2, name: "mercredi 9 décembre 2026" })).toBeVisible();
    await expect(page.getByRole("article", { name: "Plénière de clôture et signature d'accords" })).toContainText("16:15–17:30");
    await expect(page.getByRole("article", { name: "Séance plénière d'ouverture" })).toHaveCount(0);
    await expectAccessible(page);
  });

  test("a Russian delegate bookmarks a session, reads his day in Algiers time, exports it and keeps it offline", async ({ page, context }) => {
    const project = test.info().project.name === "phone" ? "phone" : "desktop";
    await signInInRussian(page, ivan);

    // Bookmark a session from the programme, on the first day (where it opens until the forum's second).
    await page.goto("/ru/agenda?day=2026-12-08");
    await expect(page.getByRole("heading", { level: 1, name: "Программа" })).toBeVisible();
    const title = sessionToBookmark[project];
    const bookmark = page.getByRole("button", { name: `В расписание: сессия «${title}»` });
    await expect(bookmark).toHaveAttribute("aria-pressed", "false");
    await bookmark.click();
    await expect(bookmark).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("article", { name: title }).getByRole("status")).toHaveText("Сессия добавлена в ваше расписание.");
    // A session the demo bookmarked for him already shows pressed.
    await expect(page.getByRole("button", { name: "В расписание: сессия «Пленарное заседание: открытие форума»" })).toHaveAttribute("aria-pressed", "true");
    await expectAccessible(page);

    // His schedule, times in Algiers' zone: today first while the forum is on (the demo
    // forum's days are real dates), else the first day.
    await page.goto("/ru/schedule");
    await expect(page.getByRole("heading", { level: 1, name: "Моё расписание" })).toBeVisible();
    await expect(page.getByText("Время форума: Алжир (UTC+1).")).toBeVisible();
    await expect(page.getByText(/^Обновлено в \d\d:\d\d, Алжир \(UTC\+1\)$/)).toBeVisible();
    // The days' headings (announcements from the organisers may come before them).
    const days = page.getByRole("heading", { level: 2, name: /^(Сегодня — )?[а-я]+, \d+ [а-я]+ 2026 г\.$/ });
    const forumDays: Record<string, string> = { "2026-12-08": "вторник, 8 декабря 2026 г.", "2026-12-09": "среда, 9 декабря 2026 г." };
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Algiers" }).format(new Date());
    await expect(days.first()).toHaveText(forumDays[today] ? `Сегодня — ${forumDays[today]}` : forumDays["2026-12-08"]!);
    const day1 = page.getByRole("region", { name: "вторник, 8 декабря 2026 г." });
    const meetings = day1.getByRole("article").filter({ hasText: "B2B-встреча" });
    await expect(meetings).toHaveCount(3);
    // A 10:00 meeting in Algiers is 12:00 in Moscow, where the browser is: it must say 10:00.
    const first = meetings.first();
    await expect(first).toContainText("10:00–10:30 UTC+1");
    await expect(first).toContainText("Стол 12, зона A · Зал B2B-встреч");
    await expect(first).toContainText("Участники");
    await expect(first.getByText(/^Языки: /).first()).toBeVisible();
    await expect(first.getByRole("heading", { level: 3 }).getByRole("link")).toHaveAttribute("href", /\/ru\/companies\/[0-9a-f-]{36}$/);
    await expect(day1.getByText("Нужен переводчик")).toHaveCount(1);
    await expect(day1.getByRole("article", { name: title })).toContainText("Отмеченная сессия");
    await expect(day1.getByRole("article", { name: "Пленарное заседание: открытие форума" })).toContainText("09:15–10:00");
    await expect(page.getByRole("region", { name: "среда, 9 декабря 2026 г." }).getByRole("article").filter({ hasText: "B2B-встреча" })).toHaveCount(1);
    await expect(page.getByRole("link", { name: /^Добавить в календарь: встреча с / })).toHaveCount(4);
    await expectAccessible(page);

    // The whole schedule as an .ics file, which a calendar library reads back.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Скачать моё расписание (.ics)" }).click()]);
    const text = await readFile((await download.path())!, "utf8");
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(events[0]!.summary).toMatch(/^Встреча: /);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe("2026-12-08T09:00:00.000Z");
    expect(events[0]!.location).toBe("Стол 12 (зона A), Зал B2B-встреч");

    // Kept on the device: offline, a reload still shows the meetings, with a notice.
    await expect(page.getByText("Сохранено на этом устройстве: доступно без сети.")).toBeVisible({ timeout: 20_000 });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("status").filter({ hasText: "Нет подключения к сети." })).toContainText(/сохранённая в \d\d:\d\d, Алжир \(UTC\+1\)/);
    await expect(page.getByRole("heading", { level: 1, name: "Моё расписание" })).toBeVisible();
    await expect(page.getByRole("region", { name: "вторник, 8 декабря 2026 г." }).getByRole("article").filter({ hasText: "B2B-встреча" })).toHaveCount(3);
    await expect(page.getByText("10:00–10:30 UTC+1").first()).toBeVisible();
    await expectAccessible(page);
    await context.setOffline(false);
  });
});
