/** Tables per page of the list: a page of them stays light on a phone; each table is edited on its own page. */
export const TABLES_PER_PAGE = 50;

/** The list's page that shows the table at this place (1-based) in number order. */
export function tablesPageOf(position: number): number {
  return Math.max(1, Math.ceil(position / TABLES_PER_PAGE));
}
