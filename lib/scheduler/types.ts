import type { SharedBest } from "./shared-best";

/**
 * The auto-scheduler's input and output: plain data, no database, no framework. Ids are the
 * caller's (company or delegate ids, slot ids, table ids, meeting ids); the engine never
 * invents one.
 */

export type Period = "morning" | "afternoon";

export interface SchedulerParticipant {
  /** A company or a delegate: whoever cannot be in two meetings at once. */
  id: string;
  /** Slots in which this participant cannot meet. */
  unavailableSlotIds?: readonly string[];
}

export interface SchedulerSlot {
  id: string;
  /** Slots of one day: breaks are counted within a day, never across two. */
  day: string;
  /** For meetings restricted to the morning or the afternoon. */
  period?: Period;
  /** The tables open in this slot (a disabled table is left out). */
  tableIds: readonly string[];
}

export interface SchedulerMeeting {
  id: string;
  /** The two sides of the meeting. */
  participantIds: readonly [string, string];
  /** Higher is placed first when not everything fits. Default 0. */
  priority?: number;
  /** Only in slots of this period. */
  period?: Period;
  /** Booked or locked: placed exactly here, never moved (any table when none is named). */
  fixed?: { slotId: string; tableId?: string };
  /** Published: the engine keeps it here unless moving it lets more meetings be placed. */
  published?: { slotId: string; tableId?: string };
  /** Meetings that must take place in an earlier slot than this one (when both are placed). */
  afterMeetingIds?: readonly string[];
}

export interface SchedulerInput {
  participants: readonly SchedulerParticipant[];
  /** In time order: slot i comes before slot i + 1. */
  slots: readonly SchedulerSlot[];
  meetings: readonly SchedulerMeeting[];
}

export interface SchedulerOptions {
  /** Same seed, same input and an iteration limit: the same schedule. Default 1. */
  seed?: number;
  /** Wall-clock budget for the whole run. Default 2,000 ms. */
  timeLimitMs?: number;
  /**
   * Search steps for the break minimisation (and a matching cap on the placement repairs).
   * Unlike a time limit, it does not depend on the machine, so a run can be repeated exactly.
   */
  iterationLimit?: number;
  /** Fairness: the largest allowed difference between two participants' breaks. Default 2. */
  maxBreakDifference?: number;
  /** Stop as soon as the total breaks reach this (a known optimum or an acceptable level). Default 0. */
  targetBreaks?: number;
  /**
   * Shared memory written by a helper thread's search beside the run (parallel.ts): the run
   * takes its schedule where better and ends when it settles. Default: none.
   */
  helper?: SharedBest;
}

export interface PlacedMeeting {
  meetingId: string;
  slotId: string;
  tableId: string;
}

/** Why a meeting is left out, said about the schedule as returned. */
export type UnplacedReason =
  /** The participant is unavailable in every slot the meeting may take. */
  | { kind: "participantUnavailable"; participantId: string }
  /** Each side has allowed slots, but never the same one. */
  | { kind: "noCommonSlot" }
  /** Every slot the participant could take holds another of its meetings. */
  | { kind: "participantFull"; participantId: string }
  /** Both sides have free slots, but never at the same time. */
  | { kind: "noCommonFreeSlot" }
  /** Every slot free for both sides has all its tables taken. */
  | { kind: "noTableLeft" }
  /** The only slots left would put it before a meeting it must follow, or after one it must precede. */
  | { kind: "precedence"; meetingId: string }
  /** A fixed meeting whose slot or table cannot be honoured. */
  | { kind: "fixedConflict"; detail: "participantUnavailable" | "period" | "participantBusy" | "noTableLeft" | "precedence" };

export interface UnplacedMeeting {
  meetingId: string;
  reason: UnplacedReason;
}

export interface ScheduleStats {
  placed: number;
  unplaced: number;
  /** Idle runs between two meetings of one participant on one day, summed over participants. */
  totalBreaks: number;
  breaksByParticipant: Record<string, number>;
  /** The largest difference between two participants' breaks. */
  maxBreakDifference: number;
  /** Published meetings that had to move (incremental runs). */
  movedPublished: number;
  runTimeMs: number;
  /** When the placement was done (the break minimisation starts there). */
  placementMs: number;
  /** When the returned schedule was first reached. */
  timeToBestMs: number;
  /**
   * No fair schedule of every meeting that can be placed has fewer breaks (with the published
   * meetings that kept their slots still there): shown by the exact search, or there are none.
   */
  fewestBreaksProven: boolean;
  iterations: number;
}

export interface ScheduleResult {
  placed: PlacedMeeting[];
  unplaced: UnplacedMeeting[];
  stats: ScheduleStats;
}
