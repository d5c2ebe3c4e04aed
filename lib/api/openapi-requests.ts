import { requestStatuses } from "@/db/schema";
import { requestActions } from "@/lib/schemas/request-actions";

/**
 * The meeting-request endpoints of the OpenAPI document (merged into lib/api/openapi.ts).
 * Their rules are the web app's: lib/requests/{send,respond}.ts.
 */

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const json = (schema: Record<string, unknown>, description: string) => ({ description, content: { "application/json": { schema } } });

const notSignedIn = error("Not signed in (code `signInRequired`).");
const notJson = error("The body was not sent as `application/json` (code `jsonRequired`).");

export const requestPaths = {
  "/api/v1/meeting-requests": {
    get: {
      operationId: "listMeetingRequests",
      summary: "The meeting requests of the user's company, incoming and sent",
      description: "Newest first (by last change). Every status is listed, so the history of each pair shows.",
      tags: ["Meeting requests"],
      responses: {
        "200": json({ $ref: "#/components/schemas/MeetingRequestLists" }, "The company's incoming and sent requests."),
        "401": notSignedIn,
        "403": error("The user belongs to no company (code `noCompany`)."),
      },
    },
    post: {
      operationId: "sendMeetingRequest",
      summary: "Ask another company for a meeting",
      description:
        "From the user's company, which must be approved, to another approved company of the forum. At most one open or accepted request per pair of companies, whichever sent it; the receiving delegates are e-mailed.",
      tags: ["Meeting requests"],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["toCompanyId"],
              properties: {
                toCompanyId: { type: "string", format: "uuid" },
                message: { type: "string", maxLength: 1000, default: "" },
              },
            },
          },
        },
      },
      responses: {
        "201": json({ $ref: "#/components/schemas/MeetingRequest" }, "The request, open."),
        "400": error("A field is invalid (code `invalidInput`, `fields` says which), the body is not JSON (`invalidJson`), or the company is the user's own (`requestToSelf`)."),
        "401": notSignedIn,
        "403": error("The user has no company (`noCompany`) or it is not approved yet (`companyNotApproved`)."),
        "404": error("No approved company of the forum has this id (code `notFound`)."),
        "409": error("A request between the two companies is already open or accepted (code `requestExists`)."),
        "415": notJson,
      },
    },
  },
  "/api/v1/meeting-requests/{id}/{action}": {
    post: {
      operationId: "answerMeetingRequest",
      summary: "Accept, decline or cancel a meeting request",
      description:
        "`accept` and `decline` are for the receiving company, on an open request; `cancel` is for either company, on an open or accepted request. Of two delegates answering at once, one wins; the other gets a 409 saying how the request now stands. The other company is e-mailed.",
      tags: ["Meeting requests"],
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
        { name: "action", in: "path", required: true, schema: { type: "string", enum: [...requestActions] } },
      ],
      requestBody: {
        required: false,
        content: {
          "application/json": {
            schema: { type: "object", properties: { note: { type: "string", maxLength: 1000, description: "Read by the other company." } } },
          },
        },
      },
      responses: {
        "200": json({ $ref: "#/components/schemas/MeetingRequest" }, "The request as it now stands."),
        "400": error("The note is too long (code `invalidInput`, field `note`) or the body is not JSON (`invalidJson`)."),
        "401": notSignedIn,
        "403": error("The user's company may not do this: the sender cannot accept or decline (`forbidden`); no company or not approved (`noCompany`, `companyNotApproved`)."),
        "404": error("No request with this id concerns the user's company, or the action is unknown (code `notFound`)."),
        "409": error(
          "The request was already answered or withdrawn (`requestAlready.accepted`, `requestAlready.declined`, `requestAlready.cancelled`, `requestAlready.expired`), or accepting it would pass the forum's cap on meetings per company (`meetingCapReached`).",
        ),
        "415": notJson,
      },
    },
  },
} as const;

const company = {
  type: "object",
  required: ["id", "name", "country"],
  properties: { id: { type: "string", format: "uuid" }, name: { type: "string" }, country: { type: "string", description: "ISO 3166-1 alpha-2." } },
} as const;

const dateTime = { type: ["string", "null"], format: "date-time" } as const;

export const requestSchemas = {
  MeetingRequest: {
    type: "object",
    required: ["id", "fromCompanyId", "toCompanyId", "status", "message", "responseNote", "createdAt", "respondedAt", "cancelledAt"],
    properties: {
      id: { type: "string", format: "uuid" },
      fromCompanyId: { type: "string", format: "uuid" },
      toCompanyId: { type: "string", format: "uuid" },
      status: { type: "string", enum: [...requestStatuses] },
      message: { type: "string" },
      responseNote: { type: ["string", "null"], description: "The receiver's note, or the note left on cancelling." },
      createdAt: { type: "string", format: "date-time" },
      respondedAt: dateTime,
      cancelledAt: dateTime,
    },
  },
  MeetingRequestListed: {
    allOf: [
      { $ref: "#/components/schemas/MeetingRequest" },
      { type: "object", required: ["fromCompany", "toCompany"], properties: { fromCompany: company, toCompany: company } },
    ],
  },
  MeetingRequestLists: {
    type: "object",
    required: ["incoming", "sent"],
    properties: {
      incoming: { type: "array", items: { $ref: "#/components/schemas/MeetingRequestListed" } },
      sent: { type: "array", items: { $ref: "#/components/schemas/MeetingRequestListed" } },
    },
  },
} as const;
