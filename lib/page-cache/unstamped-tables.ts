/**
 * The tables without the data-stamp trigger (migration 0021), each with the reason no
 * cached page can show it. Every other table raises the data stamp on each committed change.
 * A table added later gets the trigger in its migration or a line here; the stamp's test
 * fails until it has one or the other.
 */
export const unstampedTables: Readonly<Record<string, string>> = {
  data_stamp: "the stamp itself",
  audit_log: "the organisers' log, shown only in the console",
  email_outbox: "e-mails waiting to go, never shown",
  sent_notices: "which reminders went out, never shown",
  schedule_changes: "the digest's queue, never shown",
  check_ins: "day-of entry scans, shown only in the console",
  meeting_attendance: "day-of 'held' marks, shown only in the console",
  meeting_outcomes: "follow-ups after a meeting, shown only on the outcome form and the report",
  rate_limits: "counts of failed sign-ins, never shown",
  password_resets: "hashes of password-reset links, never shown",
};
