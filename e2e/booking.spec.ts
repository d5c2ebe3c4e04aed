import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { expectAccessible } from "./support/axe";

// Desktop and phone run at once: each is a different Russian delegate with an accepted
// request the demo seed left to book (never the pairs the requests journey uses).
const delegates = {
  desktop: { email: "delegate.0255.1@demo.passerelle.test", password: "demo-delegate-2026" },
  phone: { email: "delegate.0260.1@demo.passerelle.test", password: "demo-delegate-2026" },
};
const day1 = "вторник, 8 декабря 2026 г.";

async function signInInRussian(page: Page, who: { email: string; password: string }) {
  await page.goto("/ru/signin");
  await page.getByLabel("Электронная почта", { exact: true }).fill(who.email);
  await page.getByLabel("Пароль", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(/\/ru\/schedule$/);
}

test("a Russian delegate marks a time unavailable, books a slot, finds it in the schedule and calendar, keeps it offline, and cancels it after a question", async ({ page, context }) => {
  const who = delegates[test.info().project.name === "phone" ? "phone" : "desktop"];
  await signInInRussian(page, who);

  // 10:00 is taken by something else in his day: he marks it unavailable.
  await page.goto("/ru/profile/availability");
  await expect(page.getByRole("heading", { level: 1, name: "Моя доступность" })).toBeVisible();
  await expect(page.getByText("Время форума: Алжир (UTC+1).")).toBeVisible();
  const availabilityDay = page.getByRole("group", { name: day1 });
  const ten = availabilityDay.getByRole("checkbox", { name: "10:00–10:30", exact: true });
  await expect(ten).not.toBeChecked();
  await ten.check();
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ваша доступность сохранена." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("group", { name: day1 }).getByRole("checkbox", { name: "10:00–10:30", exact: true })).toBeChecked();
  await expectAccessible(page);

  // His accepted request links to its booking page.
  await page.goto("/ru/requests");
  const sent = page.getByRole("region", { name: "Отправленные" }).getByRole("article");
  await expect(sent).toHaveCount(1);
  await expect(sent.getByText("Принята", { exact: true })).toBeVisible();
  const partner = (await sent.getByRole("heading", { level: 3 }).innerText()).trim();
  await expectAccessible(page);
  await sent.getByRole("link", { name: "Выбрать время" }).click();
  await expect(page).toHaveURL(/\/ru\/requests\/[0-9a-f-]{36}\/book$/);

  // The slots free for both companies, in Algiers' time: not the one he blocked.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Выберите время встречи с \u2068${partner}\u2069`);
  await expect(page.getByText("Время форума: Алжир (UTC+1).")).toBeVisible();
  const bookingDay = page.getByRole("group", { name: day1 });
  await expect(bookingDay.getByRole("radio", { name: "10:30–11:00", exact: true })).toBeVisible();
  await expect(bookingDay.getByRole("radio", { name: "10:00–10:30", exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await bookingDay.getByRole("radio", { name: "10:30–11:00", exact: true }).check();
  await page.getByRole("button", { name: "Забронировать это время" }).click();
  // The page says it is done, and with whom.
  await expect(page.getByRole("status").filter({ hasText: /^Встреча забронирована\./ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ваша встреча с \u2068${partner}\u2069`);
  const bookingPage = page.url().replace(/\?.*$/, "");
  const current = page.getByRole("region", { name: "Забронированная встреча" });
  await expect(current).toContainText(`${day1}, 10:30–11:00`);
  await expect(current).toContainText(partner);
  await expectAccessible(page);
  // In Arabic the day and the time are joined by the Arabic comma, the range read left to right.
  await page.goto(bookingPage.replace("/ru/", "/ar/"));
  await expect(page.getByRole("region", { name: "اللقاء المحجوز" }).getByText(/^الثلاثاء، 8 ديسمبر 2026، \u2066?10:30–11:00\u2069? · الطاولة \d+$/)).toBeVisible();
  await expectAccessible(page);

  await page.goto("/ru/requests");
  await expect(sent.getByRole("link", { name: "Посмотреть или перенести встречу" })).toBeVisible();
  // Withdrawing the request here would take the meeting with it: the question says so first.
  await sent.getByRole("button", { name: `Отменить заявку на встречу с ${partner}` }).click();
  await expect(sent.getByText(/^Отменить заявку на встречу с .+\? Назначенная встреча тоже будет отменена: другая компания получит уведомление/)).toBeFocused();
  await sent.getByRole("button", { name: "Оставить заявку" }).click();
  await expect(sent.getByText("Принята", { exact: true })).toBeVisible();

  // The meeting is in his schedule, in Russian and in the forum's time.
  await page.goto("/ru/schedule");
  await expect(page.getByRole("heading", { level: 1, name: "Моё расписание" })).toBeVisible();
  const meeting = page.getByRole("region", { name: day1 }).getByRole("article").filter({ hasText: partner });
  await expect(meeting).toContainText("B2B-встреча");
  await expect(meeting).toContainText("10:30–11:00 UTC+1");
  await expectAccessible(page);

  // Its own calendar file: the time in UTC, a stable UID, a reminder.
  const link = page.getByRole("link", { name: `Добавить в календарь: встреча с ${partner}` });
  const meetingId = (await link.getAttribute("href"))!.match(/\/calendar\/meetings\/([0-9a-f-]{36})/)![1];
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const text = await readFile((await download.path())!, "utf8");
  const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
  expect(vevents).toHaveLength(1);
  const event = new ICAL.Event(vevents[0]!);
  expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-08T09:30:00.000Z");
  expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-08T10:00:00.000Z");
  expect(event.uid).toBe(`${meetingId}@passerelle.local`);
  expect(event.summary).toBe(`Встреча: ${partner}`);
  const alarm = vevents[0]!.getFirstSubcomponent("valarm");
  expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
  expect(String(alarm?.getFirstPropertyValue("trigger"))).toBe("-PT10M");

  // Offline, a reload still shows the new meeting. Keeping the page fetches it and its files
  // again, which takes a while on a loaded machine.
  await expect(page.getByText("Сохранено на этом устройстве: доступно без сети.")).toBeVisible({ timeout: 45_000 });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Нет подключения к сети." })).toBeVisible();
  await expect(page.getByRole("region", { name: day1 }).getByRole("article").filter({ hasText: partner })).toContainText("10:30–11:00 UTC+1");
  await expectAccessible(page);
  await context.setOffline(false);

  // Until it starts, the schedule leads to where it is moved or cancelled.
  const change = page.getByRole("link", { name: `Перенести или отменить встречу с ${partner}` });
  if (Date.now() < Date.parse("2026-12-08T09:30:00Z")) {
    await change.click();
    await expect(page).toHaveURL(bookingPage);
  } else {
    await expect(change).toHaveCount(0);
    await page.goto(bookingPage);
  }
  // The page leads back to where he came from, the schedule, as well as to the requests.
  await expect(page.getByRole("link", { name: "К моему расписанию" })).toHaveAttribute("href", "/ru/schedule");
  await expect(page.getByRole("link", { name: "К заявкам" })).toBeVisible();
  // He cancels it: first a question saying what will happen, which he can step back from.
  // The question is the browser's own: it opens even before the page's script has loaded.
  const question = page.getByText(/^Отменить встречу с .+\? Другая компания получит уведомление/);
  await page.getByRole("button", { name: "Отменить встречу" }).click();
  await expect(question).toBeVisible();
  await expect(question).toBeFocused();
  await page.getByRole("button", { name: "Оставить встречу" }).click();
  await expect(page.getByRole("region", { name: "Забронированная встреча" })).toBeVisible();
  await page.getByRole("button", { name: "Отменить встречу" }).click();
  await page.getByRole("button", { name: "Да, отменить встречу" }).click();
  // Then the meeting is gone, the page says so, and the slot is free to book again.
  await expect(page.getByRole("status").filter({ hasText: /^Встреча отменена\./ })).toBeVisible();
  // Added to a calendar from a file, it is taken out with another: the same event, cancelled, silent.
  const removal = page.getByRole("status").getByRole("link", { name: "Убрать встречу из календаря (файл .ics)" });
  const ics = await (await page.request.get((await removal.getAttribute("href"))!)).text();
  expect(ics).toContain("STATUS:CANCELLED");
  expect(ics).not.toContain("BEGIN:VALARM");
  await expect(page.getByRole("heading", { level: 1, name: "Выберите время" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Забронированная встреча" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "К моему расписанию" })).toHaveCount(0);
  await expect(page.getByRole("group", { name: day1 }).getByRole("radio", { name: "10:30–11:00", exact: true })).toBeVisible();
  await expectAccessible(page);
});
