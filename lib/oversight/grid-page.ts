/**
 * The page of the meetings grid to show: the one asked for, else the first holding a meeting
 * of the day, so a day whose meetings sit at the later tables does not open on empty columns.
 * Always within the pages there are.
 */
export function gridPage(columns: readonly { id: string }[], withMeetings: ReadonlySet<string>, perPage: number, asked: number | undefined): number {
  const pageCount = Math.max(1, Math.ceil(columns.length / perPage));
  if (asked !== undefined) return Math.min(asked, pageCount);
  const first = columns.findIndex((column) => withMeetings.has(column.id));
  return first < 0 ? 1 : Math.floor(first / perPage) + 1;
}
