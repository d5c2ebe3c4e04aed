import { z } from "zod";

export const bookSlotSchema = z.object({
  requestId: z.uuid({ error: "notFound" }),
  slotId: z.uuid({ error: "chooseSlot" }),
});

export const moveMeetingSchema = z.object({
  meetingId: z.uuid({ error: "notFound" }),
  slotId: z.uuid({ error: "chooseSlot" }),
});

export const cancelMeetingSchema = z.object({ meetingId: z.uuid({ error: "notFound" }) });

/** The availability form: every slot ticked as unavailable (none ticked: free all day long). */
export const blockedSlotsSchema = z.object({
  slotIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid({ error: "notFound" })).max(1000)),
});
