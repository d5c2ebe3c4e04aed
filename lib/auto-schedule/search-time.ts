/**
 * How long the auto-scheduler searches, by the number of requests it places: two seconds for
 * a forum of a few hundred, up to ten for thousands. A large forum's idle gaps keep falling
 * with the time searched (for 500 companies and 4,000 requests, 27 to 51 breaks after 2 s,
 * 5 to 20 after 5 s, 3 to 6 after 8 s), and the run no longer holds the server (it has a thread
 * of its own), so the organiser's few more seconds buy every delegate a tighter day. Whole
 * seconds, as the page tells the organiser how long to wait.
 */
export function searchTimeMs(requests: number): number {
  const seconds = Math.round((2 * requests) / 1_000);
  return Math.min(10, Math.max(2, seconds)) * 1_000;
}
