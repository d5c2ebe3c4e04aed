/**
 * The namespaces client components translate with (the useTranslations hook). Only these travel
 * to the browser with a page; server components read the rest on the server. Every page carries
 * the first list (the locale layout's); the console's layouts add the second, so a delegate's
 * phone never downloads the console's strings. A test follows each page's imports and fails
 * when a namespace its components use is not in its list.
 */
export const participantNamespaces = [
  "agenda",
  "attendance",
  "auth",
  "availability",
  "booking",
  "companyForm",
  "dayofErrors",
  "delegateForm",
  "errors",
  "invitations",
  "join",
  "outcomes",
  "profileErrors",
  "requestErrors",
  "requestMeeting",
  "requests",
  "schedule.calendar",
  "schedule.offline",
  "seats",
] as const;

export const consoleNamespaces = [
  "agendaEditor",
  "announcements",
  "approvals",
  "checkIn",
  "consoleNav",
  "dayofErrors",
  "errors",
  "goalForm",
  "meetingChange",
  "organiserInvitation",
  "organisers",
  "reminders.form",
  "schedulerActions",
  "settings",
  "setupErrors",
  "setupMeetings",
  "venue",
] as const;

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
