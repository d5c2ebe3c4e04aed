import { and, eq } from "drizzle-orm";
import { findSessionInForum, listSessionsForEditor, roomInForum, sectorInForum } from "@/db/agenda-editor";
import { recordAudit } from "@/db/audit";
import { getDb, type Database } from "@/db/client";
import { agendaSessions, type AgendaSession, type User } from "@/db/schema";
import { assertOrganiser } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";
import type { AgendaSessionInput, DeleteSessionInput } from "@/lib/schemas/agenda-session";
import { zonedToUtc } from "@/lib/time-input";
import { changedFields } from "./diff";
import { roomOverlaps } from "./overlaps";
import { lockForum, recutConflict, recutSlots, type RecutResult } from "./recut";

const snapshot = (s: AgendaSession) => ({
  kind: s.kind,
  title: s.title,
  roomId: s.roomId,
  sectorId: s.sectorId,
  speakers: s.speakers,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  blocksB2b: s.blocksB2b,
});

export interface SavedSession {
  session: AgendaSession;
  recut: RecutResult;
  /** Titles of sessions in the same room at the same time: a warning, not a refusal. */
  overlaps: AgendaSession["title"][];
}

async function withRecutErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw recutConflict(error) ?? error;
  }
}

/** What the organiser reads when a session would share its room: the sessions already there. */
export interface RoomTaken {
  overlaps: AgendaSession["title"][];
}

/**
 * Creates or edits a session. A session that blocks B2B re-cuts the slots in the same
 * transaction; meetings it would cover are listed and the save refused, unless the organiser
 * chose to cancel them.
 */
export async function saveAgendaSession(user: User | null, forumId: string, input: AgendaSessionInput, db: Database = getDb()): Promise<SavedSession> {
  assertOrganiser(user);
  return withRecutErrors(() =>
    db.transaction(async (tx) => {
      const forum = await lockForum(forumId, tx);
      if (input.day < forum.startsOn || input.day > forum.endsOn) throw new PublicError("dayOutsideForum", 422, "day");
      if (input.roomId && !(await roomInForum(input.roomId, forumId, tx))) throw new PublicError("invalidChoice", 422, "roomId");
      if (input.sectorId && !(await sectorInForum(input.sectorId, forumId, tx))) throw new PublicError("invalidChoice", 422, "sectorId");
      const values = {
        kind: input.kind,
        title: input.title,
        roomId: input.roomId,
        sectorId: input.sectorId,
        speakers: input.speakers,
        startsAt: zonedToUtc(input.day, input.startTime, forum.timeZone),
        endsAt: zonedToUtc(input.day, input.endTime, forum.timeZone),
        blocksB2b: input.blocksB2b,
      };
      let before: AgendaSession | null = null;
      let session: AgendaSession | undefined;
      // The sessions it shared its room with before: kept as they were, they need no new consent.
      let sharedBefore: string[] = [];
      if (input.sessionId) {
        before = await findSessionInForum(input.sessionId, forumId, tx);
        if (!before) throw new PublicError("notFound", 404);
        sharedBefore = roomOverlaps(await listSessionsForEditor(forumId, tx)).get(before.id) ?? [];
        [session] = await tx
          .update(agendaSessions)
          .set(values)
          .where(and(eq(agendaSessions.id, input.sessionId), eq(agendaSessions.forumId, forumId)))
          .returning();
      } else {
        [session] = await tx.insert(agendaSessions).values({ forumId, ...values }).returning();
      }
      if (!session) throw new PublicError("notFound", 404);
      const recut = await recutSlots(forumId, user, { cancelMeetings: input.cancelMeetings, reason: before ? "session.update" : "session.create" }, tx);
      const diff = before ? changedFields(snapshot(before), snapshot(session)) : { before: null, after: snapshot(session) };
      await recordAudit(
        {
          forumId,
          actorId: user.id,
          action: before ? "session.update" : "session.create",
          entity: "session",
          entityId: session.id,
          before: diff.before,
          after: { ...diff.after, ...(recut.added || recut.removed ? { slotsAdded: recut.added, slotsRemoved: recut.removed } : {}) },
        },
        tx,
      );
      const all = await listSessionsForEditor(forumId, tx);
      const clashing = roomOverlaps(all).get(session.id) ?? [];
      const overlaps = all.filter((s) => clashing.includes(s.id)).map((s) => s.title);
      // Two sessions in one room at once is a slip far more often than a plan: said before it is saved.
      if (!input.shareRoom && clashing.some((id) => !sharedBefore.includes(id))) throw new PublicError("roomTaken", 409, "roomId", { overlaps } satisfies RoomTaken);
      return { session, recut, overlaps };
    }),
  );
}

/** Removes a session; removing a blocking one re-cuts the slots, under the same rules. */
export async function deleteAgendaSession(user: User | null, forumId: string, input: DeleteSessionInput, db: Database = getDb()): Promise<RecutResult> {
  assertOrganiser(user);
  return withRecutErrors(() =>
    db.transaction(async (tx) => {
      await lockForum(forumId, tx);
      const before = await findSessionInForum(input.sessionId, forumId, tx);
      if (!before) throw new PublicError("notFound", 404);
      await tx.delete(agendaSessions).where(eq(agendaSessions.id, before.id));
      const recut = await recutSlots(forumId, user, { cancelMeetings: input.cancelMeetings, reason: "session.delete" }, tx);
      await recordAudit(
        { forumId, actorId: user.id, action: "session.delete", entity: "session", entityId: before.id, before: snapshot(before), after: null },
        tx,
      );
      return recut;
    }),
  );
}
