import { z } from "zod";
import { sessionKinds, type LocalizedList, type LocalizedText } from "@/db/schema";
import { locales } from "@/lib/i18n/routing";
import { checkbox, timeText } from "./forum-settings";

const optionalId = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || z.uuid().safeParse(v).success, { error: "invalidChoice" })
  .transform((v) => v || null);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((v) => v || undefined);

export const MAX_SPEAKERS = 20;

/** A language's speakers, one per line ("name — role"). */
const speakerLines = z
  .string()
  .max(5000, { error: "tooLong" })
  .optional()
  .transform((v) => (v ?? "").split(/\r?\n/).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(200, { error: "tooLong" })).max(MAX_SPEAKERS, { error: "tooManySpeakers" }));

/** A session of the programme as the agenda editor sends it; times are wall-clock in the forum's zone. */
export const agendaSessionSchema = z
  .object({
    sessionId: optionalId,
    kind: z.enum(sessionKinds, { error: "invalidChoice" }),
    "title.fr": z.string({ error: "required" }).trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
    "title.ar": optionalText(200),
    "title.ru": optionalText(200),
    "title.en": optionalText(200),
    roomId: optionalId,
    sectorId: optionalId,
    "speakers.fr": speakerLines,
    "speakers.ar": speakerLines,
    "speakers.ru": speakerLines,
    "speakers.en": speakerLines,
    day: z.string({ error: "required" }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" }),
    startTime: timeText,
    endTime: timeText,
    blocksB2b: checkbox,
    cancelMeetings: checkbox,
    /** The organiser keeps this session in a room another one holds at the same time, knowingly. */
    shareRoom: checkbox,
  })
  .refine((s) => s.endTime > s.startTime, { error: "endsBeforeStart", path: ["endTime"] })
  .transform((s) => ({
    sessionId: s.sessionId,
    kind: s.kind,
    title: Object.fromEntries(
      (["fr", "ar", "ru", "en"] as const).flatMap((l) => (s[`title.${l}`] ? [[l, s[`title.${l}`]]] : [])),
    ) as LocalizedText,
    roomId: s.roomId,
    sectorId: s.sectorId,
    speakers: Object.fromEntries(
      (["fr", "ar", "ru", "en"] as const).flatMap((l) => (s[`speakers.${l}`].length > 0 ? [[l, s[`speakers.${l}`]]] : [])),
    ) as LocalizedList,
    day: s.day,
    startTime: s.startTime,
    endTime: s.endTime,
    blocksB2b: s.blocksB2b,
    cancelMeetings: s.cancelMeetings,
    shareRoom: s.shareRoom,
  }));
export type AgendaSessionInput = z.output<typeof agendaSessionSchema>;

export const deleteSessionSchema = z.object({
  sessionId: z.uuid({ error: "notFound" }),
  cancelMeetings: checkbox,
  /** The language of the programme the organiser is sent back to. */
  locale: z.enum(locales).catch("fr"),
});
// The locale only says where the organiser goes back to: the deletion itself does without it.
export type DeleteSessionInput = Omit<z.output<typeof deleteSessionSchema>, "locale">;

const count = z.coerce.number().int().min(0).max(1_000_000).catch(0);

/**
 * The programme's query once a session is deleted (from the programme or from the session's
 * own page, which no longer exists): what the re-cut did, to say so. Anything else says nothing.
 */
export const deletedNoticeSchema = z.object({
  deleted: z.literal("1").optional().catch(undefined),
  added: count,
  removed: count,
  cancelled: count,
});
