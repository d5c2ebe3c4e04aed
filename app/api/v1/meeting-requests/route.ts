import { listRequestsOfCompany } from "@/db/requests";
import { jsonRoute } from "@/lib/api/route";
import { PublicError } from "@/lib/errors";
import { answeringRules, readJsonBody, requestJson, requestListJson } from "@/lib/requests/api";
import { sendRequest } from "@/lib/requests/send";
import { sendRequestSchema } from "@/lib/schemas/requests";

// The meeting requests of the user's company, as the requests page shows them; see lib/api/openapi-requests.ts.
export const GET = jsonRoute({ access: "user" }, async ({ user }) => {
  if (!user.companyId) throw new PublicError("noCompany", 403);
  const companyId = user.companyId;
  const items = await listRequestsOfCompany(companyId);
  return {
    incoming: items.filter((i) => i.request.toCompanyId === companyId).map(requestListJson),
    sent: items.filter((i) => i.request.fromCompanyId === companyId).map(requestListJson),
  };
});

// Asks another company for a meeting, under the same rules as the suggestions page's button.
export const POST = jsonRoute({ access: "user" }, async ({ request, user }) => {
  const body = await readJsonBody(request, sendRequestSchema);
  if ("response" in body) return body.response;
  return answeringRules(async () => Response.json(requestJson(await sendRequest(user, body.data)), { status: 201, headers: { "Cache-Control": "no-store" } }));
});
