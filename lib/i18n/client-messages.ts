/**
 * The namespaces client components translate with (the useTranslations hook). Only these travel
 * to the browser with a page; server components read the rest on the server. Every page carries
 * the shell's (the locale layout's: its error and not-found pages); each part of the site has a
 * layout that sends its own list instead, to what it renders (ClientMessages), so the schedule
 * on a delegate's phone carries the schedule's strings, not the profile's or the console's; the
 * console, whose parts each need a few of its many, does so per part ("organiser/companies"). A
 * test follows each page's imports and fails when a namespace its components use is missing.
 */
export const shellNamespaces = ["errors"] as const;

/** Per folder of app/[locale], the namespaces its pages' client components use. */
export const sectionNamespaces = {
  "(auth)": ["auth", "errors"],
  agenda: ["agenda", "errors", "schedule.offline"],
  companies: ["errors", "requestErrors", "requestMeeting"],
  join: ["errors", "join", "profileErrors"],
  matches: ["errors", "requestErrors", "requestMeeting"],
  meetings: ["attendance", "dayofErrors", "errors", "outcomes", "seats"],
  // The console's layout sends its navigation's strings; each part of it, its own (ConsoleMessages).
  organiser: ["consoleNav"],
  "organiser/agenda": ["agendaEditor", "errors", "setupErrors", "setupMeetings"],
  "organiser/announcements": ["announcements", "dayofErrors", "errors"],
  "organiser/check-in": ["checkIn", "dayofErrors", "errors"],
  "organiser/companies": ["approvals", "errors", "setupMeetings"],
  "organiser/meetings": ["errors", "meetingChange"],
  "organiser/organisers": ["errors", "organisers", "setupErrors"],
  "organiser/outbox": ["errors", "setupErrors"],
  "organiser/reminders": ["errors", "reminders.form"],
  "organiser/report": ["dayofErrors", "errors", "goalForm"],
  "organiser/scheduler": ["errors", "schedulerActions"],
  "organiser/settings": ["errors", "settings", "setupErrors", "setupMeetings"],
  "organiser/tables": ["errors", "setupErrors", "venue"],
  "organiser-invitation": ["errors", "organiserInvitation", "setupErrors"],
  profile: ["auth", "availability", "booking.errors", "companyForm", "delegateForm", "errors", "invitations", "profileErrors"],
  requests: ["booking", "errors", "requestErrors", "requests"],
  schedule: ["errors", "schedule.calendar", "schedule.offline"],
} as const satisfies Record<string, readonly string[]>;

export type Section = keyof typeof sectionNamespaces;

type Messages = Record<string, unknown>;

/** The part of the messages client components need, nested as in the files. */
export function pickClientMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  for (const namespace of namespaces) {
    const path = namespace.split(".");
    let from: unknown = messages;
    for (const part of path) from = (from as Messages | undefined)?.[part];
    if (from === undefined) continue;
    let into = picked;
    for (const part of path.slice(0, -1)) into = (into[part] ??= {}) as Messages;
    into[path.at(-1)!] = from;
  }
  return picked;
}
