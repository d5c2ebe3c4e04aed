import { meetingStatuses, sessionKinds } from "@/db/schema";

/**
 * The personal schedule endpoint of the OpenAPI document (merged into lib/api/openapi.ts).
 * The body is built by lib/schedule/schedule-json.ts, from the data the schedule page shows.
 */

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const localizedText = {
  type: "object",
  description: "A text in each of the forum's languages that has it (fr, ar, ru, en).",
  additionalProperties: { type: "string" },
};

const instant = (description: string) => ({ type: "string", format: "date-time", description: `${description}, in UTC.` });

export const schedulePaths = {
  "/api/v1/me/schedule": {
    get: {
      operationId: "getMySchedule",
      summary: "The signed-in user's schedule: meetings and bookmarked sessions, day by day",
      description:
        "Meetings the user sits at (cancelled ones left out) and the agenda sessions they bookmarked. Instants are ISO 8601 in UTC; `timeZone` is the forum's IANA zone, in which the days are counted and in which the app shows every time. `days` lists today's forum day first (the first day when the forum is not on), then the others, each with its items in time order.",
      tags: ["Schedule"],
      responses: {
        "200": {
          description: "The schedule.",
          content: { "application/json": { schema: { $ref: "#/components/schemas/MySchedule" } } },
        },
        "401": error("Not signed in (code `signInRequired`)."),
        "404": error("No forum is set up (code `notFound`)."),
      },
    },
  },
};

export const scheduleSchemas = {
  ScheduleMeeting: {
    type: "object",
    required: ["id", "day", "startsAt", "endsAt", "status", "sequence", "interpreterNeeded", "table", "company", "delegates", "calendarUrl"],
    properties: {
      id: { type: "string", format: "uuid" },
      day: { type: "string", format: "date", description: "The forum day, in the forum's zone." },
      startsAt: instant("Start"),
      endsAt: instant("End"),
      status: { type: "string", enum: meetingStatuses.filter((s) => s !== "cancelled") },
      sequence: { type: "integer", minimum: 0, description: "Raised at each change; the calendar files carry it as SEQUENCE." },
      interpreterNeeded: { type: "boolean", description: "The two sides share no language." },
      table: {
        type: "object",
        required: ["number", "zone", "room"],
        properties: { number: { type: "integer", minimum: 1 }, zone: { type: ["string", "null"] }, room: localizedText },
      },
      company: {
        type: "object",
        description: "The other side of the meeting.",
        required: ["id", "name", "country"],
        properties: { id: { type: "string", format: "uuid" }, name: { type: "string" }, country: { type: "string", description: "ISO 3166-1 alpha-2." } },
      },
      delegates: {
        type: "array",
        description: "The other side's delegates at the meeting.",
        items: {
          type: "object",
          required: ["fullName", "jobTitle", "languages"],
          properties: {
            fullName: { type: "string" },
            jobTitle: { type: ["string", "null"] },
            languages: { type: "array", items: { type: "string" }, description: "ISO 639-1 codes." },
          },
        },
      },
      calendarUrl: { type: "string", description: "The path of the meeting's .ics file (signed-in users of either side)." },
    },
  },
  ScheduleSession: {
    type: "object",
    required: ["id", "kind", "title", "room", "sector", "speakers", "startsAt", "endsAt"],
    properties: {
      id: { type: "string", format: "uuid" },
      kind: { type: "string", enum: [...sessionKinds] },
      title: localizedText,
      room: { oneOf: [localizedText, { type: "null" }] },
      sector: { type: ["string", "null"], description: "Sector code of the forum." },
      speakers: {
        type: "object",
        description: "The speakers, one list per language (fr, ar, ru, en); a language may be missing.",
        additionalProperties: { type: "array", items: { type: "string" } },
      },
      startsAt: instant("Start"),
      endsAt: instant("End"),
    },
  },
  MySchedule: {
    type: "object",
    required: ["timeZone", "days", "meetings", "sessions"],
    properties: {
      timeZone: { type: "string", examples: ["Africa/Algiers"] },
      days: {
        type: "array",
        items: {
          type: "object",
          required: ["day", "isToday", "items"],
          properties: {
            day: { type: "string", format: "date" },
            isToday: { type: "boolean" },
            items: {
              type: "array",
              description: "The day's meetings and sessions in time order, by id into `meetings` and `sessions`.",
              items: {
                type: "object",
                required: ["type", "id"],
                properties: { type: { type: "string", enum: ["meeting", "session"] }, id: { type: "string", format: "uuid" } },
              },
            },
          },
        },
      },
      meetings: { type: "array", items: { $ref: "#/components/schemas/ScheduleMeeting" } },
      sessions: { type: "array", items: { $ref: "#/components/schemas/ScheduleSession" } },
    },
  },
};
