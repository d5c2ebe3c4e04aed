import { revalidateTag, unstable_cache } from "next/cache";
import type { AgendaSessionRow } from "@/db/agenda";
import { loadAgenda, type AgendaDay } from "./agenda";

/** The tag of every cached copy of the programme: whoever changes sessions, rooms or days calls refreshAgendaCache(). */
export const AGENDA_CACHE_TAG = "agenda";

type Stored = { day: string; sessions: (Omit<AgendaSessionRow, "startsAt" | "endsAt"> & { startsAt: string; endsAt: string })[] }[];

// The cache keeps JSON: dates travel as ISO strings. Keyed by forum (the id changes with a
// new database) and bounded in time, so instances that missed a revalidation catch up.
const cachedAgenda = unstable_cache(
  async (forumId: string, timeZone: string): Promise<Stored> =>
    (await loadAgenda(forumId, timeZone)).map((d) => ({
      day: d.day,
      sessions: d.sessions.map((s) => ({ ...s, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
    })),
  ["public-agenda-v1"],
  { tags: [AGENDA_CACHE_TAG], revalidate: 300 },
);

/** The public programme, read from the shared cache: anonymous readers do not reach the database. */
export async function getCachedAgenda(forumId: string, timeZone: string): Promise<AgendaDay[]> {
  const stored = await cachedAgenda(forumId, timeZone);
  return stored.map((d) => ({
    day: d.day,
    sessions: d.sessions.map((s) => ({ ...s, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) })),
  }));
}

/** For the organiser's agenda actions: the next reader gets the new programme, not a stale one. */
export function refreshAgendaCache(): void {
  revalidateTag(AGENDA_CACHE_TAG, { expire: 0 });
}
