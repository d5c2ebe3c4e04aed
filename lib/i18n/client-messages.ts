/**
 * The namespaces client components translate with (the useTranslations hook). Only these travel
 * to the browser with every page; server components read the rest on the server. A test scans
 * the code for `useTranslations` and fails when a namespace is missing here.
 */
export const clientNamespaces = [
  "agenda",
  "announcements",
  "agendaEditor",
  "approvals",
  "attendance",
  "auth",
  "availability",
  "booking",
  "checkIn",
  "companyForm",
  "dayofErrors",
  "consoleNav",
  "delegateForm",
  "errors",
  "goalForm",
  "invitations",
  "join",
  "outcomes",
  "organiserInvitation",
  "organisers",
  "meetingChange",
  "profileErrors",
  "reminders.form",
  "requestErrors",
  "requestMeeting",
  "requests",
  "schedule.calendar",
  "schedule.offline",
  "schedulerActions",
  "settings",
  "setupErrors",
  "setupMeetings",
  "venue",
] as const;

type Messages = Record<string, unknown>;

/** The part of the messages client components need, nested as in the files. */
export function pickClientMessages(messages: Messages, namespaces: readonly string[] = clientNamespaces): Messages {
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
