import { chromium, expect, test, type Browser, type TestInfo } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { writeCameraFile } from "./support/fake-camera";
import { organiser, signIn } from "./support/people";

const ivan = { email: "ivan.petrov@demo.passerelle.test", password: "demo-delegate-2026" };

/** A browser whose camera sees `picture` (a PNG), as the desk's phone held over a badge. */
async function browserWithCamera(info: TestInfo, picture: Buffer): Promise<Browser> {
  const video = info.outputPath("camera.y4m");
  await writeCameraFile(video, picture);
  const launch = info.project.use.launchOptions ?? {};
  return chromium.launch({ ...launch, args: [...(launch.args ?? []), "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${video}`] });
}

async function deskPhone(browser: Browser, info: TestInfo) {
  const context = await browser.newContext({ baseURL: info.project.use.baseURL, locale: "fr-FR", permissions: ["camera"], viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true });
  const desk = await context.newPage();
  await signIn(desk, organiser);
  await desk.goto("/fr/organiser/check-in");
  return desk;
}

// Checking Ivan in counts in the forum's report: on the server and demo forum of its own
// (playwright.config.ts), so the day-of journey's figures stay its own.
test.describe("the check-in desk's camera", { tag: "@forum-wide" }, () => {
  test.describe.configure({ timeout: 180_000 });

  test("scans a delegate's badge and checks him in, once", async ({ page }, info) => {
    await signIn(page, ivan);
    await page.goto("/fr/badge");
    const browser = await browserWithCamera(info, await page.getByRole("img", { name: "Code QR du badge de Ivan Petrov" }).screenshot());
    try {
      const desk = await deskPhone(browser, info);
      await desk.getByRole("button", { name: "Scanner un badge avec la caméra" }).click();
      await expect(desk.getByRole("heading", { name: "Ivan Petrov", level: 2 })).toBeVisible({ timeout: 20_000 });
      await expect(desk.getByRole("status").filter({ hasText: /^Arrivée enregistrée à \d\d:\d\d/ })).toBeVisible();
      // The camera is off once the badge is read.
      await expect(desk.getByRole("button", { name: "Scanner un badge avec la caméra" })).toBeVisible();
      await expect(desk.getByLabel("Image de la caméra")).toBeHidden();
      await expectAccessible(desk);
      // The next scan, with the decoder already loaded: the same badge is not counted twice.
      await desk.getByRole("button", { name: "Scanner un badge avec la caméra" }).click();
      await expect(desk.getByRole("status").filter({ hasText: /^Arrivée déjà enregistrée à \d\d:\d\d/ })).toBeVisible({ timeout: 20_000 });
    } finally {
      await browser.close();
    }
  });

  test("says so when its decoder cannot load, and points to the typed code", async ({ page }, info) => {
    await page.goto("/fr");
    const browser = await browserWithCamera(info, await page.screenshot({ clip: { x: 0, y: 0, width: 200, height: 200 } }));
    try {
      const desk = await deskPhone(browser, info);
      await desk.route("**/scanner/zxing-reader.wasm*", (route) => route.abort());
      await desk.getByRole("button", { name: "Scanner un badge avec la caméra" }).click();
      await expect(desk.getByRole("alert").filter({ hasText: "Saisissez le code imprimé sous le code QR" })).toBeVisible({ timeout: 20_000 });
      await expect(desk.getByLabel("Image de la caméra")).toBeHidden();
      await expect(desk.getByLabel("Code du badge")).toBeVisible();
      await expectAccessible(desk);
    } finally {
      await browser.close();
    }
  });
});
