import type { PlacedMeeting, SchedulerInput } from "./types";

/**
 * The MiniZinc data files of the B2B benchmark (Bofill et al., JAIR 2022): integers, 1-D
 * arrays, `[| ... |]` 2-D arrays and sets `{...}`, with `%` comments, in any layout.
 */
export interface DznInstance {
  participants: number;
  tables: number;
  slots: number;
  morningSlots: number;
  /** Per meeting: the two participants and the session (1 morning, 2 afternoon, 3 any), 1-based. */
  requested: [number, number, number][];
  /** Per participant: slots it cannot meet in (the 0 placeholder dropped). */
  forbidden: number[][];
  /** Per meeting: the slot it is fixed to, or 0. */
  fixed: number[];
  /** Per meeting: the meetings that must come before it. */
  precedences: number[][];
}

type Value = number | { set: number[] } | Value[] | { rows: number[][] };

export class DznError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DznError";
  }
}

function tokenize(text: string): string[] {
  const withoutComments = text.replace(/%[^\n]*/g, "");
  return withoutComments.match(/\[\||\|\]|\.\.|-?\d+|[A-Za-z_][A-Za-z0-9_]*|[=;,[\]{}|]/g) ?? [];
}

function parseAssignments(text: string): Map<string, Value> {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string): string => {
    const token = tokens[i++];
    if (token === undefined) throw new DznError(`unexpected end of file${expected ? `, expected ${expected}` : ""}`);
    if (expected !== undefined && token !== expected) throw new DznError(`expected ${expected}, found ${token}`);
    return token;
  };
  const integer = (): number => {
    const token = take();
    if (!/^-?\d+$/.test(token)) throw new DznError(`expected an integer, found ${token}`);
    return Number(token);
  };
  const list = <T>(close: string, item: () => T): T[] => {
    const items: T[] = [];
    while (peek() !== close) {
      items.push(item());
      if (peek() === ",") take(",");
      else if (peek() !== close) throw new DznError(`expected , or ${close}, found ${peek() ?? "end of file"}`);
    }
    take(close);
    return items;
  };
  const setItems = (): number[] => {
    const values: number[] = [];
    for (const [from, to] of list("}", () => {
      const from = integer();
      if (peek() !== "..") return [from, from] as const;
      take("..");
      return [from, integer()] as const;
    }))
      for (let v = from; v <= to; v++) values.push(v);
    return values;
  };
  const value = (): Value => {
    const token = take();
    if (/^-?\d+$/.test(token)) return Number(token);
    if (token === "{") return { set: setItems() };
    if (token === "[") return list("]", value);
    if (token === "[|") {
      // Rows separated by |, values by commas; a trailing comma before | is allowed.
      const rows: number[][] = [[]];
      for (let t = peek(); t !== "|]"; t = peek()) {
        if (t === undefined) throw new DznError("unterminated [| ... |]");
        if (t === "|") rows.push([]);
        else if (t !== ",") {
          rows.at(-1)!.push(integer());
          continue;
        }
        take();
      }
      take("|]");
      return { rows: rows.filter((row) => row.length > 0) };
    }
    throw new DznError(`unexpected ${token}`);
  };

  const assignments = new Map<string, Value>();
  while (i < tokens.length) {
    const name = take();
    if (!/^[A-Za-z_]/.test(name)) throw new DznError(`expected a name, found ${name}`);
    take("=");
    assignments.set(name, value());
    if (peek() === ";") take(";");
  }
  return assignments;
}

export function parseDzn(text: string): DznInstance {
  const data = parseAssignments(text);
  const int = (name: string): number => {
    const v = data.get(name);
    if (typeof v !== "number") throw new DznError(`${name} must be an integer`);
    return v;
  };
  const sets = (name: string, length: number): number[][] => {
    const v = data.get(name);
    if (v === undefined) return Array.from({ length }, () => []);
    if (!Array.isArray(v) || v.length !== length) throw new DznError(`${name} must be an array of ${length} sets`);
    return v.map((item) => {
      if (typeof item !== "object" || !("set" in item)) throw new DznError(`${name} must hold sets`);
      return item.set.filter((x) => x !== 0);
    });
  };

  const participants = int("nBusiness");
  const slots = int("nTotalSlots");
  const requestedValue = data.get("requested");
  if (typeof requestedValue !== "object" || !("rows" in requestedValue)) throw new DznError("requested must be a [| ... |] array");
  const requested = requestedValue.rows.map((row, i): [number, number, number] => {
    const [a, b, session = 3] = row;
    if (a === undefined || b === undefined) throw new DznError(`requested row ${i + 1} needs two participants`);
    if (a < 1 || a > participants || b < 1 || b > participants) throw new DznError(`requested row ${i + 1} names an unknown participant`);
    return [a, b, session];
  });
  const meetings = data.has("nMeetings") ? int("nMeetings") : requested.length;
  if (meetings !== requested.length) throw new DznError(`nMeetings is ${meetings} but requested has ${requested.length} rows`);

  const fixedValue = data.get("fixed");
  let fixed: number[] = new Array<number>(meetings).fill(0);
  if (fixedValue !== undefined) {
    if (!Array.isArray(fixedValue) || fixedValue.length !== meetings || fixedValue.some((v) => typeof v !== "number"))
      throw new DznError(`fixed must be an array of ${meetings} integers`);
    fixed = fixedValue as number[];
  }
  const forbidden = sets("forbidden", participants).map((list) => list.filter((t) => t >= 1 && t <= slots));
  const precedences = sets("precedences", meetings);
  for (const list of precedences)
    if (list.some((m) => m < 1 || m > meetings)) throw new DznError("precedences names an unknown meeting");
  if (fixed.some((t) => t < 0 || t > slots)) throw new DznError("fixed names an unknown slot");

  return {
    participants,
    tables: int("nTables"),
    slots,
    morningSlots: data.has("nMorningSlots") ? int("nMorningSlots") : slots,
    requested,
    forbidden,
    fixed,
    precedences,
  };
}

/**
 * The instance as scheduler input, ids being the file's 1-based numbers. Every slot is on one
 * day, as the benchmark counts breaks straight through the morning and the afternoon.
 */
export function dznToInput(instance: DznInstance): SchedulerInput {
  const tableIds = Array.from({ length: instance.tables }, (_, i) => String(i + 1));
  return {
    participants: instance.forbidden.map((slots, p) => ({ id: String(p + 1), unavailableSlotIds: slots.map(String) })),
    slots: Array.from({ length: instance.slots }, (_, t) => ({
      id: String(t + 1),
      day: "1",
      period: t < instance.morningSlots ? ("morning" as const) : ("afternoon" as const),
      tableIds,
    })),
    meetings: instance.requested.map(([a, b, session], m) => ({
      id: String(m + 1),
      participantIds: [String(a), String(b)] as const,
      period: session === 1 ? ("morning" as const) : session === 2 ? ("afternoon" as const) : undefined,
      fixed: instance.fixed[m] ? { slotId: String(instance.fixed[m]) } : undefined,
      afterMeetingIds: instance.precedences[m]!.map(String),
    })),
  };
}

/** The schedule in the benchmark's numbers, by meeting. */
export function toDznSchedule(placed: readonly PlacedMeeting[]): { meeting: number; slot: number; table: number }[] {
  return placed
    .map((p) => ({ meeting: Number(p.meetingId), slot: Number(p.slotId), table: Number(p.tableId) }))
    .sort((x, y) => x.meeting - y.meeting);
}
