import { z } from "zod";
import { checkbox } from "./forum-settings";

// Rooms and tables, as the organiser's forms send them. Messages are keys.

const name = (required: boolean) =>
  required
    ? z.string({ error: "required" }).trim().min(1, { error: "required" }).max(120, { error: "tooLong" })
    : z.string().trim().max(120, { error: "tooLong" }).optional().transform((v) => v || undefined);
const optionalInt = (max: number) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{1,6}$/.test(v) && Number(v) >= 1 && Number(v) <= max), { error: "invalidNumber" })
    .transform((v) => (v ? Number(v) : null));
const zone = z
  .string()
  .trim()
  .max(40, { error: "tooLong" })
  .optional()
  .transform((v) => v || null);

export const roomSchema = z
  .object({
    roomId: z.uuid({ error: "notFound" }).optional().or(z.literal("").transform(() => undefined)),
    "name.fr": name(true),
    "name.ar": name(false),
    "name.ru": name(false),
    "name.en": name(false),
    capacity: optionalInt(100_000),
  })
  .transform((r) => ({
    roomId: r.roomId,
    name: Object.fromEntries((["fr", "ar", "ru", "en"] as const).flatMap((l) => (r[`name.${l}`] ? [[l, r[`name.${l}`]]] : []))) as Record<string, string>,
    capacity: r.capacity,
  }));
export type RoomInput = z.output<typeof roomSchema>;

export const roomIdSchema = z.object({ roomId: z.uuid({ error: "notFound" }) });

export const MAX_TABLES_AT_ONCE = 300;

export const addTablesSchema = z
  .object({
    roomId: z.uuid({ error: "invalidChoice" }),
    from: z.coerce.number({ error: "invalidNumber" }).int({ error: "invalidNumber" }).min(1, { error: "invalidNumber" }).max(100_000, { error: "invalidNumber" }),
    to: z.coerce.number({ error: "invalidNumber" }).int({ error: "invalidNumber" }).min(1, { error: "invalidNumber" }).max(100_000, { error: "invalidNumber" }),
    zone,
  })
  .refine((t) => t.to >= t.from, { error: "endsBeforeStart", path: ["to"] })
  .refine((t) => t.to - t.from < MAX_TABLES_AT_ONCE, { error: "tooManyTables", path: ["to"] });
export type AddTablesInput = z.output<typeof addTablesSchema>;

export const updateTableSchema = z.object({
  tableId: z.uuid({ error: "notFound" }),
  roomId: z.uuid({ error: "invalidChoice" }),
  zone,
});
export type UpdateTableInput = z.output<typeof updateTableSchema>;

/**
 * Enable or disable a table. To disable one that holds meetings, the organiser confirms and
 * says, per meeting ("target.<meetingId>"), which table it goes to, or "auto".
 */
export const tableStateSchema = z
  .object({
    tableId: z.uuid({ error: "notFound" }),
    active: z.enum(["true", "false"], { error: "invalidInput" }).transform((v) => v === "true"),
    confirm: checkbox,
  })
  .loose()
  .transform((input) => {
    const targets: Record<string, string> = {};
    for (const [key, value] of Object.entries(input)) {
      const match = /^target\.([0-9a-f-]{36})$/.exec(key);
      if (match && typeof value === "string" && (value === "auto" || z.uuid().safeParse(value).success)) targets[match[1]!] = value;
    }
    return { tableId: input.tableId, active: input.active, confirm: input.confirm, targets };
  });
export type TableStateInput = z.output<typeof tableStateSchema>;
