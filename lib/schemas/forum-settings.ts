import { z } from "zod";
import { locales } from "@/lib/i18n/routing";
import { daysBetween, isTimeZone, zonedToUtc } from "@/lib/time-input";

// Messages are keys, under "errors" or, for this area's own codes, under "setupErrors".

export const bookingModes = ["self", "organiser", "both"] as const;
export const MAX_FORUM_DAYS = 14;
/** How far from today a date of the settings may fall: a year 0001 or 9999 is a slip of the keyboard. */
export const DATE_WINDOW_YEARS = 5;

/** The first and last day a date of the settings may take, as YYYY-MM-DD, around `now`. */
export function settingsDateWindow(now: Date = new Date()): { from: string; to: string } {
  const shift = (years: number) => {
    const at = new Date(now);
    at.setUTCFullYear(at.getUTCFullYear() + years);
    return at.toISOString().slice(0, 10);
  };
  return { from: shift(-DATE_WINDOW_YEARS), to: shift(DATE_WINDOW_YEARS) };
}

/** A day that exists: "2026-02-31" would otherwise roll over into March. */
const isCalendarDay = (v: string) => {
  const at = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(at) && new Date(at).toISOString().slice(0, 10) === v;
};
/** A datetime-local field's value, "2026-12-07T18:00", on a day that exists. */
const isDateTime = (v: string) => /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(v) && isCalendarDay(v.slice(0, 10));
const dateText = z.string({ error: "required" }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" }).refine(isCalendarDay, { error: "invalidDate" });
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
      .refine((v) => !v || isDateTime(v), { error: "invalidDateTime" }),
    meetingCap: z.coerce.number({ error: "invalidNumber" }).int({ error: "invalidNumber" }).min(1, { error: "meetingCapRange" }).max(1000, { error: "meetingCapRange" }),
    cancelMeetings: checkbox,
    /** The organiser knows the closing time is past: saving it closes self-service booking now. */
    confirmPastClose: checkbox,
  })
  .loose()
  .superRefine((input, ctx) => {
    if (input.countryA === input.countryB) ctx.addIssue({ code: "custom", path: ["countryB"], message: "countriesDiffer" });
    const window = settingsDateWindow();
    const outside = (day: string) => day < window.from || day > window.to;
    const closes = input.selfBookingClosesAt && isDateTime(input.selfBookingClosesAt) ? input.selfBookingClosesAt : null;
    const daysValid = isCalendarDay(input.startsOn) && isCalendarDay(input.endsOn);
    if (closes && outside(closes.slice(0, 10))) ctx.addIssue({ code: "custom", path: ["selfBookingClosesAt"], message: "selfBookingClosesOutOfRange" });
    else if (closes && daysValid && closes.slice(0, 10) > input.endsOn) ctx.addIssue({ code: "custom", path: ["selfBookingClosesAt"], message: "selfBookingClosesAfterForum" });
    // A day already refused by its own check is not measured again.
    if (!daysValid) return;
    const badStart = outside(input.startsOn);
    const badEnd = outside(input.endsOn);
    if (badStart) ctx.addIssue({ code: "custom", path: ["startsOn"], message: "firstDayOutOfRange" });
    if (badEnd) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "lastDayOutOfRange" });
    if (badStart || badEnd) return;
    if (input.endsOn < input.startsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "lastDayBeforeFirst" });
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
      confirmPastClose: input.confirmPastClose,
    };
  });
export type ForumSettingsInput = z.output<typeof forumSettingsSchema>;
