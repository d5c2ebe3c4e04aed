import { z } from "zod";
import { jsonRoute } from "@/lib/api/route";
import { bookingScopes, meetingJson } from "@/lib/booking/api";
import { cancelMeeting, moveMeeting } from "@/lib/booking/change";
import { answeringRules, errorJson, readJsonBody } from "@/lib/requests/api";
import { moveMeetingSchema } from "@/lib/schemas/booking";

type Context = { params: Promise<{ id: string }> };

const moveBody = moveMeetingSchema.pick({ slotId: true });

// A malformed id names no meeting: 404, as an unknown one.
const badId = (id: string) => !z.uuid().safeParse(id).success;

// PATCH /api/v1/meetings/{id} { slotId }: moves the meeting to another free slot.
export async function PATCH(request: Request, context: Context): Promise<Response> {
  const { id } = await context.params;
  return jsonRoute({ access: "user" }, async ({ user }) => {
    if (badId(id)) return errorJson(404, "notFound", undefined, bookingScopes);
    const body = await readJsonBody(request, moveBody, bookingScopes);
    if ("response" in body) return body.response;
    return answeringRules(async () => meetingJson(await moveMeeting(user, { meetingId: id, slotId: body.data.slotId })), bookingScopes);
  })(request);
}

// DELETE /api/v1/meetings/{id}: cancels the meeting; the slot is free again for both sides.
export async function DELETE(request: Request, context: Context): Promise<Response> {
  const { id } = await context.params;
  return jsonRoute({ access: "user" }, async ({ user }) => {
    if (badId(id)) return errorJson(404, "notFound", undefined, bookingScopes);
    return answeringRules(async () => meetingJson(await cancelMeeting(user, { meetingId: id })), bookingScopes);
  })(request);
}
