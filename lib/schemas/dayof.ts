import { z } from "zod";
import { absentSides, outcomeCurrencies, outcomeKinds } from "@/db/schema";

const uuid = z.uuid({ error: "notFound" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "tooLong" })
    .optional()
    .transform((v) => v || undefined);

export const checkInCodeSchema = z.object({
  code: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(80, { error: "badgeUnknown" }),
  method: z.enum(["scan", "code"]).default("code"),
});

export const checkInPersonSchema = z.object({ userId: uuid });
export const revokeBadgeSchema = z.object({ userId: uuid });

export const attendanceSchema = z.object({
  meetingId: uuid,
  status: z.enum(["held", "no_show"], { error: "required" }),
  absent: z.enum(absentSides).optional(),
});

/** A delegate takes, or gives up, their own seat at a meeting of their company. */
export const seatSchema = z.object({ meetingId: uuid, intent: z.enum(["take", "giveUp"], { error: "invalidInput" }) });

/** An organiser takes a mark back; the page it came from is shown again in its language. */
export const undoAttendanceSchema = z.object({ meetingId: uuid, locale: z.string().max(5).optional() });

/**
 * A number as people type it: Arabic-Indic digits (an Arabic phone keyboard's), spaces or
 * Arabic separators between thousands, a decimal comma; "1,500,000.50" as an English
 * keyboard writes it. Empty is none. Anything else is refused with `invalidAmount`.
 */
export function amountAsTyped(value: unknown): unknown {
  if (typeof value !== "string") return value;
  let text = value
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\s\u00a0\u202f\u066c']/g, "")
    .replace(/\u066b/g, ",");
  if (text === "") return undefined;
  // Commas beside a point, or more than one, separate thousands; a lone comma is a decimal one.
  text = text.includes(".") || text.split(",").length > 2 ? text.replaceAll(",", "") : text.replace(",", ".");
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}

const amount = z.preprocess(
  amountAsTyped,
  z.number({ error: "invalidAmount" }).nonnegative({ error: "invalidAmount" }).max(1e13, { error: "invalidAmount" }).optional(),
);

export const outcomeSchema = z
  .object({
    meetingId: uuid,
    outcome: z.enum(outcomeKinds, { error: "required" }),
    estimatedValue: amount,
    currency: z.union([z.literal(""), z.enum(outcomeCurrencies, { error: "required" })]).optional().transform((v) => v || undefined),
    note: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.estimatedValue !== undefined && !v.currency) ctx.addIssue({ code: "custom", path: ["currency"], message: "currencyRequired" });
  });
export type OutcomeInput = z.infer<typeof outcomeSchema>;

const announcementText = optionalText(600);
export const announcementSchema = z
  .object({ fr: announcementText, ar: announcementText, ru: announcementText, en: announcementText })
  .superRefine((v, ctx) => {
    if (!v.fr && !v.ar && !v.ru && !v.en) ctx.addIssue({ code: "custom", path: ["fr"], message: "announcementEmpty" });
  });
export type AnnouncementInput = z.infer<typeof announcementSchema>;
export const deleteAnnouncementSchema = z.object({ announcementId: uuid });

const rate = z.preprocess(amountAsTyped, z.number({ error: "invalidAmount" }).positive({ error: "invalidAmount" }).max(1e6, { error: "invalidAmount" }));
export const forumGoalSchema = z.object({
  dealValueGoal: z.preprocess(
    amountAsTyped,
    z.number({ error: "invalidAmount" }).positive({ error: "invalidAmount" }).max(1e13, { error: "invalidAmount" }),
  ),
  currency: z.enum(outcomeCurrencies, { error: "required" }),
  rateUSD: rate,
  rateEUR: rate,
  rateDZD: rate,
  rateRUB: rate,
});
