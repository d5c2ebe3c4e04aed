/** The auto-scheduler's public surface: plain data in, plain data out. */
export type * from "./types";
export { schedule } from "./schedule";
export { reschedule } from "./incremental";
export { SchedulerInputError } from "./model";
export { validateSchedule, type ScheduleViolation } from "./validate";
