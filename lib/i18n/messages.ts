import type { Locale } from "./routing";

/**
 * Each locale's messages are split by area (messages/{locale}/{area}.json), so that one
 * feature's strings live in one file; every area's top-level keys are its namespaces.
 */
export const messageAreas = ["core", "organiser", "profile", "emails", "matching", "directory", "booking", "schedule", "dayof", "scheduler", "setup", "oversight", "reminders"] as const;

// The files never change while the server runs: merged once per locale, not on every request.
const loaded = new Map<Locale, Promise<Record<string, unknown>>>();

export function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = Promise.all(
      messageAreas.map(async (area) => (await import(`../../messages/${locale}/${area}.json`)).default as Record<string, unknown>),
    ).then((parts) => Object.freeze(Object.assign({}, ...parts)) as Record<string, unknown>);
    // A failed read is tried again by the next request rather than remembered.
    messages.catch(() => loaded.delete(locale));
    loaded.set(locale, messages);
  }
  return messages;
}
