import { jsonRoute } from "@/lib/api/route";
import { bookingScopes, meetingJson } from "@/lib/booking/api";
import { bookMeeting } from "@/lib/booking/book";
import { answeringRules, readJsonBody } from "@/lib/requests/api";
import { bookSlotSchema } from "@/lib/schemas/booking";

// POST /api/v1/meetings { requestId, slotId }: books an accepted request, as the booking page does.
export const POST = jsonRoute({ access: "user" }, async ({ request, user }) => {
  const body = await readJsonBody(request, bookSlotSchema, bookingScopes);
  if ("response" in body) return body.response;
  return answeringRules(
    async () => Response.json(await meetingJson(await bookMeeting(user, body.data)), { status: 201, headers: { "Cache-Control": "no-store" } }),
    bookingScopes,
  );
});
