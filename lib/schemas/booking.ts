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
