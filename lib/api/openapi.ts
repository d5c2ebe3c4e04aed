import { lookingForOptions } from "@/db/schema";
import { DIRECTORY_MAX_PAGE, DIRECTORY_PAGE_SIZE, DIRECTORY_QUERY_MAX } from "@/lib/schemas/directory";
import { bookingPaths, bookingSchemas } from "./openapi-booking";
import { requestPaths, requestSchemas } from "./openapi-requests";
import { schedulePaths, scheduleSchemas } from "./openapi-schedule";

/**
 * The JSON API's OpenAPI 3.1 description, served at /api/v1/openapi.json. A new endpoint
 * adds its path here, and its schemas under components, next to its route.
 */

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const listParameter = (name: string, description: string, items: Record<string, unknown>) => ({
  name,
  in: "query",
  required: false,
  description: `${description} Repeat the parameter for several values; a result needs only one of them.`,
  schema: { type: "array", items },
  style: "form",
  explode: true,
});

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Passerelle API",
    version: "1.0.0",
    description:
      "The forum's data for integrations. Every endpoint answers JSON; an error is `{ \"error\": { \"code\", \"message\", \"fields\" } }` with its HTTP status; `code` is stable, `message` is in the language of `Accept-Language` (fr, ar, ru or en), else the signed-in user's, else English.",
  },
  servers: [{ url: "/" }],
  security: [{ session: [] }],
  paths: {
    "/api/v1/companies": {
      get: {
        operationId: "searchCompanies",
        summary: "Search the directory of approved companies",
        description:
          "The search of the directory page: words in French, Arabic, Russian or English, matched by prefix and stem, small typos tolerated; name matches first, then relevance, then name. Filters combine with AND; the values of one filter with OR. Facets count, for each value of a filter, the results with that value and the other filters applied.",
        tags: ["Directory"],
        parameters: [
          {
            name: "q",
            in: "query",
            required: false,
            description: "Words to search for in names, cities, offers, needs and descriptions.",
            schema: { type: "string", maxLength: DIRECTORY_QUERY_MAX },
          },
          listParameter("country", "ISO 3166-1 alpha-2 country code.", { type: "string", pattern: "^[A-Za-z]{2}$" }),
          listParameter("sector", "Sector code of the forum, e.g. `pharma_health`.", { type: "string", pattern: "^[a-z0-9][a-z0-9_-]{0,39}$" }),
          listParameter("lookingFor", "What the company looks for.", { type: "string", enum: [...lookingForOptions] }),
          {
            name: "page",
            in: "query",
            required: false,
            schema: { type: "integer", minimum: 1, maximum: DIRECTORY_MAX_PAGE, default: 1 },
          },
          {
            name: "pageSize",
            in: "query",
            required: false,
            schema: { type: "integer", minimum: 1, maximum: 50, default: DIRECTORY_PAGE_SIZE },
          },
        ],
        responses: {
          "200": {
            description: "One page of results, the total and the facets.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/CompanySearch" } } },
          },
          "400": errorResponse("A parameter is invalid; `fields` says which (code `invalidInput`)."),
          "401": errorResponse("Not signed in (code `signInRequired`)."),
          "403": errorResponse("The directory is for organisers and delegates of approved companies: the user has no company (`noCompany`) or it awaits approval (`companyNotApproved`)."),
          "404": errorResponse("No forum is set up (code `notFound`)."),
        },
      },
    },
    ...requestPaths,
    ...schedulePaths,
    ...bookingPaths,
  },
  components: {
    securitySchemes: {
      session: {
        type: "apiKey",
        in: "cookie",
        name: "authjs.session-token",
        description: "The session cookie set by signing in to the web app (`__Secure-authjs.session-token` over HTTPS).",
      },
    },
    schemas: {
      ...requestSchemas,
      ...scheduleSchemas,
      ...bookingSchemas,
      Error: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: {
              code: { type: "string", examples: ["invalidInput", "signInRequired", "forbidden", "notFound"] },
              message: { type: "string", description: "In the language the request asks for (Accept-Language), else the user's, else English." },
              fields: {
                type: "object",
                description: "Per invalid parameter or field, its own code and message.",
                additionalProperties: {
                  type: "object",
                  required: ["code", "message"],
                  properties: { code: { type: "string" }, message: { type: "string" } },
                },
              },
            },
          },
        },
      },
      CompanySummary: {
        type: "object",
        required: ["id", "name", "country", "city", "size", "sectors", "lookingFor", "description"],
        properties: {
          id: { type: "string", format: "uuid" },
          name: { type: "string" },
          country: { type: "string", description: "ISO 3166-1 alpha-2." },
          city: { type: "string" },
          size: { type: ["string", "null"], enum: ["micro", "small", "medium", "large", null] },
          sectors: { type: "array", items: { type: "string" }, description: "Sector codes." },
          lookingFor: { type: "array", items: { type: "string", enum: [...lookingForOptions] } },
          description: { type: "string", description: "The first 300 characters." },
        },
      },
      FacetCount: {
        type: "object",
        required: ["value", "count"],
        properties: { value: { type: "string" }, count: { type: "integer", minimum: 0 } },
      },
      CompanySearch: {
        type: "object",
        required: ["data", "page", "pageSize", "total", "pageCount", "facets"],
        properties: {
          data: { type: "array", items: { $ref: "#/components/schemas/CompanySummary" } },
          page: { type: "integer" },
          pageSize: { type: "integer" },
          total: { type: "integer" },
          pageCount: { type: "integer" },
          facets: {
            type: "object",
            required: ["country", "sector", "lookingFor"],
            properties: {
              country: { type: "array", items: { $ref: "#/components/schemas/FacetCount" } },
              sector: {
                type: "array",
                description: "Every sector of the forum, in the forum's order, with its name in each language.",
                items: {
                  allOf: [
                    { $ref: "#/components/schemas/FacetCount" },
                    { type: "object", properties: { name: { type: "object", additionalProperties: { type: "string" } } } },
                  ],
                },
              },
              lookingFor: { type: "array", items: { $ref: "#/components/schemas/FacetCount" } },
            },
          },
        },
      },
    },
  },
} as const;
