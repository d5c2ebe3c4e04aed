import { getDb, type Database } from "@/db/client";
import { sqlStateOf } from "@/db/errors";
import { findMeeting } from "@/db/meetings";
import { upsertOutcome } from "@/db/outcomes";
import type { MeetingOutcome, OutcomeCurrency, OutcomeKind, User } from "@/db/schema";
import { assertSignedIn } from "@/lib/auth/permissions";
import { PublicError } from "@/lib/errors";

/** As the schema in lib/schemas/dayof.ts leaves it: a value always comes with its currency. */
export interface OutcomeInput {
  meetingId: string;
  outcome: OutcomeKind;
  estimatedValue?: number;
  currency?: OutcomeCurrency;
  note?: string;
}

/** A delegate records how the meeting went for their own side; the other side never reads it. */
export async function recordOutcome(user: User | null, input: OutcomeInput, db: Database = getDb()): Promise<MeetingOutcome> {
  assertSignedIn(user);
  const meeting = await findMeeting(input.meetingId, db);
  const companyId = user.companyId;
  if (!meeting || !companyId || (meeting.companyAId !== companyId && meeting.companyBId !== companyId)) {
    throw new PublicError("notFound", 404);
  }
  if (meeting.status !== "held") throw new PublicError("outcomeNeedsHeld", 409);
  const hasValue = input.estimatedValue !== undefined;
  try {
    return await upsertOutcome(
      meeting.id,
      companyId,
      user.id,
      {
        outcome: input.outcome,
        estimatedValue: hasValue ? input.estimatedValue!.toFixed(2) : null,
        currency: hasValue ? input.currency! : null,
        note: input.note || null,
      },
      db,
    );
  } catch (error) {
    // The trigger's word when the meeting stopped being held in between.
    if (sqlStateOf(error) === "PA004") throw new PublicError("outcomeNeedsHeld", 409);
    throw error;
  }
}
