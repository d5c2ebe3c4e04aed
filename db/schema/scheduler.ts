import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { companies } from "./companies";
import { forums, meetingTables } from "./forums";
import { slots } from "./meetings";
import { meetingRequests } from "./requests";
import { users } from "./users";

export const proposalStatuses = ["draft", "published", "discarded"] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/**
 * One run of the auto-scheduler, kept for the organiser to review, then published or thrown
 * away. `basis` is a digest of what the run took as given (live meetings, blocks, tables):
 * publishing compares it with the database's present state and refuses when it moved.
 */
export const schedulerProposals = pgTable(
  "scheduler_proposals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    forumId: uuid("forum_id")
      .notNull()
      .references(() => forums.id, { onDelete: "cascade" }),
    status: text("status").$type<ProposalStatus>().notNull().default("draft"),
    basis: text("basis").notNull(),
    placed: integer("placed").notNull(),
    unplaced: integer("unplaced").notNull(),
    totalBreaks: integer("total_breaks").notNull(),
    maxBreakDifference: integer("max_break_difference").notNull(),
    runTimeMs: integer("run_time_ms").notNull(),
    /** The search proved no schedule of every meeting that can be placed has fewer breaks. */
    fewestBreaksProven: boolean("fewest_breaks_proven").notNull().default(false),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    index("scheduler_proposals_forum_created_idx").on(t.forumId, t.createdAt.desc()),
    check("scheduler_proposals_status", sql`${t.status} in ('draft', 'published', 'discarded')`),
    check("scheduler_proposals_figures", sql`${t.placed} >= 0 and ${t.unplaced} >= 0 and ${t.totalBreaks} >= 0 and ${t.runTimeMs} >= 0`),
  ],
);

/** A meeting the run placed: which request, in which slot, at which table. */
export const schedulerProposalMeetings = pgTable(
  "scheduler_proposal_meetings",
  {
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => schedulerProposals.id, { onDelete: "cascade" }),
    requestId: uuid("request_id")
      .notNull()
      .references(() => meetingRequests.id, { onDelete: "cascade" }),
    slotId: uuid("slot_id")
      .notNull()
      .references(() => slots.id, { onDelete: "cascade" }),
    tableId: uuid("table_id")
      .notNull()
      .references(() => meetingTables.id, { onDelete: "cascade" }),
    companyAId: uuid("company_a_id").notNull(),
    companyBId: uuid("company_b_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.requestId] }), index("scheduler_proposal_meetings_slot_idx").on(t.proposalId, t.slotId)],
);

export const unplacedReasonKinds = [
  "participantUnavailable",
  "noCommonSlot",
  "participantFull",
  "noCommonFreeSlot",
  "noTableLeft",
  "precedence",
  "fixedConflict",
] as const;
export type UnplacedReasonKind = (typeof unplacedReasonKinds)[number];

/** A request the run could not place, with why; `companyId` names the side the reason is about. */
export const schedulerProposalUnplaced = pgTable(
  "scheduler_proposal_unplaced",
  {
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => schedulerProposals.id, { onDelete: "cascade" }),
    requestId: uuid("request_id")
      .notNull()
      .references(() => meetingRequests.id, { onDelete: "cascade" }),
    reason: text("reason").$type<UnplacedReasonKind>().notNull(),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.requestId] })],
);

/**
 * Idle runs between meetings of one side on one day. A company's delegates sit together at
 * each of its meetings, so each of them has the company's breaks; a company without
 * delegates has a row of its own (no user).
 */
export const schedulerProposalBreaks = pgTable(
  "scheduler_proposal_breaks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => schedulerProposals.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    breaks: integer("breaks").notNull(),
  },
  (t) => [index("scheduler_proposal_breaks_order_idx").on(t.proposalId, t.breaks.desc())],
);

export type SchedulerProposal = typeof schedulerProposals.$inferSelect;
