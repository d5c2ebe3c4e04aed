import type { Locale } from "./routing";

/**
 * Each locale's messages are split by area (messages/{locale}/{area}.json), so that one
 * feature's strings live in one file; every area's top-level keys are its namespaces.
 */
export const messageAreas = ["core", "organiser", "profile", "emails", "matching", "directory", "booking", "schedule", "dayof", "scheduler", "setup", "oversight", "reminders"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    messageAreas.map(async (area) => (await import(`../../messages/${locale}/${area}.json`)).default as Record<string, unknown>),
  );
  return Object.assign({}, ...parts);
}
