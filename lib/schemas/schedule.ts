import { z } from "zod";

/** The agenda's bookmark button: the state wanted, not a flip, so a double submit is harmless. */
export const bookmarkSchema = z.object({
  sessionId: z.uuid({ error: "notFound" }),
  bookmarked: z.enum(["true", "false"], { error: "invalidInput" }).transform((v) => v === "true"),
});
export type BookmarkInput = z.infer<typeof bookmarkSchema>;

/** A day of the agenda as the day tabs link to it (YYYY-MM-DD); anything else shows the default day. */
export const agendaDaySchema = z.iso.date().optional().catch(undefined);

/** The feed secret as its URL carries it: 43 base64url characters, an optional ".ics". */
export const feedTokenSchema = z
  .string()
  .transform((s) => s.replace(/\.ics$/, ""))
  .pipe(z.string().regex(/^[A-Za-z0-9_-]{43}$/));
