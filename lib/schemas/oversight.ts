import { z } from "zod";

const optionalUuid = (error: string) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), z.uuid({ error }).optional());

export const moveMeetingByOrganiserSchema = z.object({
  meetingId: z.uuid({ error: "notFound" }),
  slotId: z.uuid({ error: "chooseSlot" }),
  /** Empty: the first free table, preferring one where a delegate already sits. */
  tableId: optionalUuid("chooseTable"),
});
export type MoveMeetingByOrganiserInput = z.infer<typeof moveMeetingByOrganiserSchema>;

export const cancelMeetingByOrganiserSchema = z.object({ meetingId: z.uuid({ error: "notFound" }) });
export type CancelMeetingByOrganiserInput = z.infer<typeof cancelMeetingByOrganiserSchema>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = z.string().trim().max(100);

/** The grid's query string: a bad value falls back to "no filter" rather than an error page. */
export const meetingGridQuerySchema = z.object({
  day: day.optional().catch(undefined),
  q: text.optional().catch(undefined).transform((v) => v || undefined),
  sector: z.uuid().optional().catch(undefined),
  interpreter: z.enum(["yes", "no"]).optional().catch(undefined),
  /** Absent (or unreadable): the grid opens where the day's meetings are. */
  page: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});
export type MeetingGridQuery = z.infer<typeof meetingGridQuerySchema>;

export const printDayQuerySchema = z.object({ day: day.optional().catch(undefined) });

export const exportKinds = ["companies", "delegates", "requests", "meetings"] as const;
export type ExportKind = (typeof exportKinds)[number];
export const exportKindSchema = z.enum(exportKinds);
