import { meetingStatuses } from "@/db/schema";

/**
 * The booking endpoints of the OpenAPI document (merged into lib/api/openapi.ts). Their
 * rules are the booking page's: lib/booking/{book,change}.ts.
 */

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const json = (schema: Record<string, unknown>, description: string) => ({ description, content: { "application/json": { schema } } });

const uuid = { type: "string", format: "uuid" } as const;
const idParameter = (description: string) => ({ name: "id", in: "path", required: true, description, schema: uuid });
const notSignedIn = error("Not signed in (code `signInRequired`).");
const notJson = error("The body was not sent as `application/json` (code `jsonRequired`).");
const noAccess = error("The user has no company (`noCompany`) or it is not approved yet (`companyNotApproved`); the forum's meetings are set by the organisers (`selfBookingOff`).");
const closed = "Self-service booking is closed (`selfBookingClosed`) or the schedule is locked (`scheduleLocked`).";
const raceLost =
  "A lost race or a slot no longer free, saying what was taken: the last table (`tableTaken`, `noTableLeft`), one of the delegates, busy in another meeting (`attendeeBusy`) or unavailable (`attendeeUnavailable`), or the request, already booked (`alreadyBooked`).";

export const bookingPaths = {
  "/api/v1/meeting-requests/{id}/slots": {
    get: {
      operationId: "listFreeSlots",
      summary: "The slots in which an accepted request can be booked",
      description:
        "Slots of the forum in which no delegate of either company has a meeting or marked themselves unavailable, and a table is free: the booking page's list, computed by the same query the booking checks. Either company of the request may ask.",
      tags: ["Booking"],
      parameters: [idParameter("The meeting request.")],
      responses: {
        "200": json({ $ref: "#/components/schemas/FreeSlots" }, "The free slots, in time order."),
        "401": notSignedIn,
        "403": noAccess,
        "404": error("No request with this id concerns the user's company (code `notFound`)."),
        "409": error("The request is not accepted (code `requestNotAccepted`)."),
      },
    },
  },
  "/api/v1/meetings": {
    post: {
      operationId: "bookMeeting",
      summary: "Book an accepted request into a free slot",
      description:
        "A table is assigned (preferably the one a delegate sits at just before or after). Of two bookings racing for one delegate's slot or a slot's last table, exactly one is written: the database decides. The other company's delegates are e-mailed, each in their language.",
      tags: ["Booking"],
      requestBody: {
        required: true,
        content: { "application/json": { schema: { type: "object", required: ["requestId", "slotId"], properties: { requestId: uuid, slotId: uuid } } } },
      },
      responses: {
        "201": json({ $ref: "#/components/schemas/Meeting" }, "The meeting, scheduled."),
        "400": error("A field is invalid (code `invalidInput`, `fields` says which) or the body is not JSON (`invalidJson`)."),
        "401": notSignedIn,
        "403": noAccess,
        "404": error("No request concerning the user's company has this id, or the forum has no such slot (code `notFound`, field `slotId`)."),
        "409": error(`${raceLost} Also: the request is not accepted (\`requestNotAccepted\`). ${closed}`),
        "415": notJson,
      },
    },
  },
  "/api/v1/meetings/{id}": {
    patch: {
      operationId: "moveMeeting",
      summary: "Move a meeting to another free slot",
      description: "Either company moves it; a table is assigned again and `sequence` raised, so calendars replace the event. The other company is e-mailed.",
      tags: ["Booking"],
      parameters: [idParameter("The meeting.")],
      requestBody: {
        required: true,
        content: { "application/json": { schema: { type: "object", required: ["slotId"], properties: { slotId: uuid } } } },
      },
      responses: {
        "200": json({ $ref: "#/components/schemas/Meeting" }, "The meeting in its new slot."),
        "400": error("`slotId` is missing or invalid (code `invalidInput`) or the body is not JSON (`invalidJson`)."),
        "401": notSignedIn,
        "403": noAccess,
        "404": error("No meeting of the user's company has this id, or the forum has no such slot (code `notFound`)."),
        "409": error(`${raceLost} Also: the meeting is cancelled or over (\`meetingNotScheduled\`). ${closed}`),
        "415": notJson,
      },
    },
    delete: {
      operationId: "cancelMeeting",
      summary: "Cancel a meeting",
      description: "Either company cancels it; the slot is free again and the request can be booked anew. The other company is e-mailed.",
      tags: ["Booking"],
      parameters: [idParameter("The meeting.")],
      responses: {
        "200": json({ $ref: "#/components/schemas/Meeting" }, "The meeting, cancelled."),
        "401": notSignedIn,
        "403": noAccess,
        "404": error("No meeting of the user's company has this id (code `notFound`)."),
        "409": error(`The meeting is already cancelled or over (\`meetingNotScheduled\`). ${closed}`),
      },
    },
  },
} as const;

const instant = { type: "string", format: "date-time", description: "In UTC." } as const;

export const bookingSchemas = {
  FreeSlot: {
    type: "object",
    required: ["id", "day", "startsAt", "endsAt", "freeTables"],
    properties: {
      id: uuid,
      day: { type: "string", format: "date", description: "The forum day, in the forum's zone." },
      startsAt: instant,
      endsAt: instant,
      freeTables: { type: "integer", minimum: 1 },
    },
  },
  FreeSlots: {
    type: "object",
    required: ["requestId", "timeZone", "slots"],
    properties: {
      requestId: uuid,
      timeZone: { type: "string", description: "The forum's IANA zone, in which the app shows every time.", examples: ["Africa/Algiers"] },
      slots: { type: "array", items: { $ref: "#/components/schemas/FreeSlot" } },
    },
  },
  Meeting: {
    type: "object",
    required: ["id", "requestId", "status", "slotId", "day", "startsAt", "endsAt", "table", "companyIds", "interpreterNeeded", "sequence", "calendarUrl"],
    properties: {
      id: uuid,
      requestId: uuid,
      status: { type: "string", enum: [...meetingStatuses] },
      slotId: uuid,
      day: { type: "string", format: "date" },
      startsAt: instant,
      endsAt: instant,
      table: {
        type: "object",
        required: ["id", "number", "zone"],
        properties: { id: uuid, number: { type: "integer", minimum: 1 }, zone: { type: ["string", "null"] } },
      },
      companyIds: { type: "array", items: uuid, minItems: 2, maxItems: 2, description: "The requesting company, then the requested one." },
      interpreterNeeded: { type: "boolean", description: "The two sides share no language." },
      sequence: { type: "integer", minimum: 0, description: "Raised at each move or cancellation." },
      calendarUrl: { type: "string", description: "The path of the meeting's .ics file." },
    },
  },
} as const;
