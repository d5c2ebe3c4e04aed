import { sqlStateOf } from "@/db/errors";
import { PublicError } from "@/lib/errors";

/** The constraint a lost race ran into, told plainly: what was taken. */
export function bookingConflict(error: unknown): PublicError | null {
  const state = sqlStateOf(error);
  const constraint = String((error as { cause?: { constraint_name?: string; constraint?: string } }).cause?.constraint_name ??
    (error as { cause?: { constraint?: string } }).cause?.constraint ?? "");
  if (state === "23P01" && constraint.includes("table")) return new PublicError("tableTaken", 409);
  if (state === "23P01") return new PublicError("attendeeBusy", 409);
  if (state === "23505") return new PublicError("alreadyBooked", 409);
  if (state === "PA002") return new PublicError("attendeeUnavailable", 409);
  if (state === "PA003") return new PublicError("blockOverMeeting", 409);
  // The table was disabled meanwhile: for the booker it is as good as taken.
  if (state === "PA004") return new PublicError("tableTaken", 409);
  return null;
}
