import { chromium, expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { writeCameraFile } from "./support/fake-camera";
import { organiser, signIn } from "./support/people";

const ivan = { email: "ivan.petrov@demo.passerelle.test", password: "demo-delegate-2026" };

// Checking Ivan in counts in the forum's report: on the server and demo forum of its own
// (playwright.config.ts), so the day-of journey's figures stay its own.
test("the desk scans a delegate's badge with the phone's camera and checks him in", { tag: "@forum-wide" }, async ({ page }, info) => {
  test.setTimeout(180_000);
  // Ivan's badge, as his screen shows it.
  await signIn(page, ivan);
  await page.goto("/fr/badge");
  const badge = await page.getByRole("img", { name: "Code QR du badge de Ivan Petrov" }).screenshot();

  // The desk's phone, whose camera sees the badge.
  const video = info.outputPath("badge.y4m");
  await writeCameraFile(video, badge);
  const launch = info.project.use.launchOptions ?? {};
  const browser = await chromium.launch({
    ...launch,
    args: [...(launch.args ?? []), "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    const desk = await (await browser.newContext({ baseURL: info.project.use.baseURL, locale: "fr-FR", permissions: ["camera"], viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true })).newPage();
    await signIn(desk, organiser);
    await desk.goto("/fr/organiser/check-in");
    await desk.getByRole("button", { name: "Scanner un badge avec la caméra" }).click();
    await expect(desk.getByRole("heading", { name: "Ivan Petrov", level: 2 })).toBeVisible({ timeout: 20_000 });
    await expect(desk.getByRole("status").filter({ hasText: /^Arrivée enregistrée à \d\d:\d\d/ })).toBeVisible();
    // The camera is off once the badge is read.
    await expect(desk.getByRole("button", { name: "Scanner un badge avec la caméra" })).toBeVisible();
    await expect(desk.getByLabel("Image de la caméra")).toBeHidden();
    await expectAccessible(desk);
  } finally {
    await browser.close();
  }
});
