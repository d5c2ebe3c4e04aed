import { jsonRoute } from "@/lib/api/route";
import { answeringRules, errorJson, readJsonBody, requestJson } from "@/lib/requests/api";
import { answerRequest } from "@/lib/requests/answer";
import { answerRequestSchema, requestNoteSchema } from "@/lib/schemas/request-actions";

type Context = { params: Promise<{ id: string; action: string }> };

const target = answerRequestSchema.pick({ requestId: true, action: true });

// POST /api/v1/meeting-requests/{id}/accept|decline|cancel, body { note? }: the requests page's buttons.
export async function POST(request: Request, context: Context): Promise<Response> {
  const { id, action } = await context.params;
  return jsonRoute({ access: "user" }, async ({ user }) => {
    // A malformed id or an unknown action names no resource: 404, as an unknown path would.
    const parsed = target.safeParse({ requestId: id, action });
    if (!parsed.success) return errorJson(404, "notFound");
    const body = await readJsonBody(request, requestNoteSchema);
    if ("response" in body) return body.response;
    return answeringRules(async () => requestJson(await answerRequest(user, { ...parsed.data, note: body.data.note })));
  })(request);
}
