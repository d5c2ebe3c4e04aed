import { z } from "zod";
import { findCurrentForum } from "@/db/forums";
import { jsonRoute } from "@/lib/api/route";
import { bookingScopes, freeSlotJson } from "@/lib/booking/api";
import { freeSlotsForRequest } from "@/lib/booking/book";
import { PublicError } from "@/lib/errors";
import { answeringRules, errorJson } from "@/lib/requests/api";

type Context = { params: Promise<{ id: string }> };

// GET /api/v1/meeting-requests/{id}/slots: the slots the booking page offers for an accepted request.
// A static segment, so it is matched before [action] (which only answers POST).
export async function GET(request: Request, context: Context): Promise<Response> {
  const { id } = await context.params;
  return jsonRoute({ access: "user" }, async ({ user }) => {
    if (!z.uuid().safeParse(id).success) return errorJson(404, "notFound", undefined, bookingScopes);
    return answeringRules(async () => {
      const forum = await findCurrentForum();
      if (!forum) throw new PublicError("notFound", 404);
      const slots = await freeSlotsForRequest(user, id);
      return { requestId: id, timeZone: forum.timeZone, slots: slots.map(freeSlotJson) };
    }, bookingScopes);
  })(request);
}
