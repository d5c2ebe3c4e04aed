import { expect, type Page } from "@playwright/test";

export const organiser = { email: "organiser@demo.passerelle.test", password: "forum-organiser-2026" };
export const delegate = { email: "karim.haddad@demo.passerelle.test", password: "demo-delegate-2026" };

export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@e2e.passerelle.test`;
}

/** Signs in through the French form and waits for where it leads: the console, or the schedule. */
export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/fr/signin");
  await page.getByLabel("Adresse e-mail").fill(who.email);
  await page.getByLabel("Mot de passe").fill(who.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  // An organiser lands in the console, a delegate on the schedule.
  await expect(page).toHaveURL(who.email === organiser.email ? /\/fr\/organiser$/ : /\/fr\/schedule$/);
}
