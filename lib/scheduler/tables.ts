import type { Model } from "./model";

/**
 * Tables, slot by slot in time order. A slot never holds more meetings than open tables, so
 * every meeting gets one; the choice is about comfort: a fixed meeting's table is its own, a
 * published meeting that did not move keeps its table, and otherwise a participant stays at
 * the table it last sat at that day, so it does not cross the hall between two meetings.
 */
export function assignTables(model: Model, slotOf: Int32Array): string[] {
  const { input } = model;
  const S = model.slots;
  const tableOf = new Array<string>(model.meetings).fill("");
  const bySlot: number[][] = Array.from({ length: S }, () => []);
  for (let m = 0; m < model.meetings; m++) if (slotOf[m]! >= 0) bySlot[slotOf[m]!]!.push(m);
  // The table each participant last sat at today.
  const lastTable = new Array<string | undefined>(model.participants);

  for (let t = 0; t < S; t++) {
    if (t > 0 && model.day[t] !== model.day[t - 1]) lastTable.fill(undefined);
    const open = [...new Set(input.slots[t]!.tableIds)];
    const taken = new Set<string>();
    const give = (m: number, table: string) => {
      tableOf[m] = table;
      taken.add(table);
    };
    const usable = (table: string | undefined): table is string => table !== undefined && open.includes(table) && !taken.has(table);
    const meetings = bySlot[t]!;

    for (const m of meetings) {
      const fixed = input.meetings[m]!.fixed?.tableId;
      if (usable(fixed)) give(m, fixed);
    }
    for (const m of meetings) {
      const published = input.meetings[m]!.published;
      if (!tableOf[m] && published?.slotId === input.slots[t]!.id && usable(published.tableId)) give(m, published.tableId);
    }
    // Where both sides sat at the same table, keeping it pleases both: those go first.
    const preference = (m: number) => {
      const a = lastTable[model.sideA[m]!];
      const b = lastTable[model.sideB[m]!];
      return (a !== undefined ? 1 : 0) + (b !== undefined ? 1 : 0) + (a !== undefined && a === b ? 2 : 0);
    };
    const rest = meetings.filter((m) => !tableOf[m]).sort((x, y) => preference(y) - preference(x) || x - y);
    const later: number[] = [];
    for (const m of rest) {
      const a = lastTable[model.sideA[m]!];
      const b = lastTable[model.sideB[m]!];
      if (usable(a)) give(m, a);
      else if (usable(b)) give(m, b);
      else later.push(m);
    }
    // A table nobody is used to goes before one that a participant absent now may want back.
    const wanted = new Set(lastTable.filter((table): table is string => table !== undefined));
    const free = open.filter((table) => !taken.has(table)).sort((x, y) => Number(wanted.has(x)) - Number(wanted.has(y)));
    for (const m of later) give(m, free.find((table) => !taken.has(table))!);

    for (const m of meetings) {
      lastTable[model.sideA[m]!] = tableOf[m];
      lastTable[model.sideB[m]!] = tableOf[m];
    }
  }
  return tableOf;
}
