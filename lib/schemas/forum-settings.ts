import { z } from "zod";
import { locales } from "@/lib/i18n/routing";
import { daysBetween, isTimeZone, zonedToUtc } from "@/lib/time-input";

// Messages are keys, under "errors" or, for this area's own codes, under "setupErrors".

export const bookingModes = ["self", "organiser", "both"] as const;
export const MAX_FORUM_DAYS = 14;

const dateText = z.string({ error: "required" }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" }).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), { error: "invalidDate" });
export const timeText = z.string({ error: "required" }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "invalidTime" });
const text = (max: number) => z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
const country = z
  .string({ error: "required" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: "invalidCountry" })
  .refine((code) => code !== "ZZ" && new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }).of(code) !== undefined, { error: "invalidCountry" });
/** A checkbox: "on" when ticked, absent otherwise. */
export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

const localizedFields = (prefix: string, max: number) =>
  Object.fromEntries(locales.map((l) => [`${prefix}.${l}`, text(max)])) as Record<`${string}.${(typeof locales)[number]}`, ReturnType<typeof text>>;

/** The settings form, field by field as the form names them ("name.fr", "hours.2026-12-08.start"). */
export const forumSettingsSchema = z
  .object({
    version: z.coerce.number({ error: "invalidInput" }).int().min(1),
    ...localizedFields("name", 160),
    ...localizedFields("city", 120),
    timeZone: z.string({ error: "required" }).trim().refine(isTimeZone, { error: "invalidTimeZone" }),
    startsOn: dateText,
    endsOn: dateText,
    countryA: country,
    countryB: country,
    slotMinutes: z.coerce.number({ error: "invalidNumber" }).int({ error: "invalidNumber" }).min(5, { error: "slotLengthRange" }).max(240, { error: "slotLengthRange" }),
    bookingMode: z.enum(bookingModes, { error: "invalidChoice" }),
    selfBookingClosesAt: z
      .string()
      .trim()
      .optional()
      .refine((v) => !v || /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(v), { error: "invalidDateTime" }),
    meetingCap: z.coerce.number({ error: "invalidNumber" }).int({ error: "invalidNumber" }).min(1, { error: "meetingCapRange" }).max(1000, { error: "meetingCapRange" }),
    cancelMeetings: checkbox,
  })
  .loose()
  .superRefine((input, ctx) => {
    if (input.countryA === input.countryB) ctx.addIssue({ code: "custom", path: ["countryB"], message: "countriesDiffer" });
    if (input.endsOn < input.startsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "endsBeforeStart" });
      return;
    }
    const days = daysBetween(input.startsOn, input.endsOn);
    if (days.length > MAX_FORUM_DAYS) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "tooManyDays" });
      return;
    }
    const raw = input as Record<string, unknown>;
    for (const day of days) {
      const start = timeText.safeParse(raw[`hours.${day}.start`]);
      const end = timeText.safeParse(raw[`hours.${day}.end`]);
      if (!start.success) ctx.addIssue({ code: "custom", path: [`hours.${day}.start`], message: raw[`hours.${day}.start`] ? "invalidTime" : "required" });
      if (!end.success) ctx.addIssue({ code: "custom", path: [`hours.${day}.end`], message: raw[`hours.${day}.end`] ? "invalidTime" : "required" });
      if (start.success && end.success && end.data <= start.data) ctx.addIssue({ code: "custom", path: [`hours.${day}.end`], message: "endsBeforeStart" });
    }
  })
  .transform((input) => {
    const raw = input as Record<string, unknown>;
    const pick = (prefix: string) => Object.fromEntries(locales.map((l) => [l, String(raw[`${prefix}.${l}`]).trim()])) as Record<(typeof locales)[number], string>;
    return {
      version: input.version,
      name: pick("name"),
      city: pick("city"),
      timeZone: input.timeZone,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      countryA: input.countryA,
      countryB: input.countryB,
      slotMinutes: input.slotMinutes,
      bookingMode: input.bookingMode,
      selfBookingClosesAt: input.selfBookingClosesAt
        ? zonedToUtc(input.selfBookingClosesAt.slice(0, 10), input.selfBookingClosesAt.slice(11), input.timeZone)
        : null,
      meetingCap: input.meetingCap,
      days: daysBetween(input.startsOn, input.endsOn).map((day) => ({
        day,
        b2bStartsAt: zonedToUtc(day, String(raw[`hours.${day}.start`]), input.timeZone),
        b2bEndsAt: zonedToUtc(day, String(raw[`hours.${day}.end`]), input.timeZone),
      })),
      cancelMeetings: input.cancelMeetings,
    };
  });
export type ForumSettingsInput = z.output<typeof forumSettingsSchema>;
