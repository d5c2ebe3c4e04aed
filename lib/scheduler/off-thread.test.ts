import { describe, expect, it } from "vitest";
import { SchedulerInputError } from "./model";
import { scheduleOffThread } from "./off-thread";
import { schedule } from "./schedule";
import { craftedForum, forum, meeting, slots, unavoidableBreakForum } from "./testing";

const crafted = craftedForum();

/** A forum big enough to keep the search busy for its whole time limit. */
function busyForum() {
  const people = Array.from({ length: 40 }, (_, i) => `c${i}`);
  const meetings = [];
  for (let a = 0; a < people.length; a++) for (let b = a + 1; b < people.length; b += 3) meetings.push(meeting(`m${a}-${b}`, people[a]!, people[b]!));
  return forum(people, slots(16, { tables: 12, morning: 8 }), meetings);
}

describe("a run on a thread of its own", () => {
  it("gives what the same run gives here", async () => {
    const options = { seed: 3, iterationLimit: 20_000 };
    const there = await scheduleOffThread(crafted, options);
    const here = schedule(crafted, options);
    expect(there.placed).toEqual(here.placed);
    expect(there.unplaced).toEqual(here.unplaced);
    expect(there.stats.totalBreaks).toBe(here.stats.totalBreaks);
    expect(there.stats.breaksByParticipant).toEqual(here.stats.breaksByParticipant);
  });

  it("leaves the caller's thread free while it searches", async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const started = performance.now();
    const result = await scheduleOffThread(busyForum(), { timeLimitMs: 800, targetBreaks: -1 });
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(result.stats.placed).toBeGreaterThan(0);
    expect(elapsed).toBeGreaterThan(700);
    // Run here, no timer would fire until the end.
    expect(ticks).toBeGreaterThan(elapsed / 10 / 3);
  });

  it("has the helper thread beside it, whose proven bound ends the run", async () => {
    // Under a second the run has no exact search of its own: alone, it searches to the end.
    const oneBreak = unavoidableBreakForum();
    const alone = schedule(oneBreak, { timeLimitMs: 600 });
    expect(alone.stats.fewestBreaksProven).toBe(false);
    const there = await scheduleOffThread(oneBreak, { timeLimitMs: 600 });
    expect(there.stats.totalBreaks).toBe(1);
    expect(there.stats.fewestBreaksProven).toBe(true);
    expect(there.stats.runTimeMs).toBeLessThan(500);
  });

  it("rejects a forum the engine refuses with the engine's own error", async () => {
    const broken = forum(["a", "b"], slots(2), [meeting("ab", "a", "b"), meeting("ax", "a", "x")]);
    await expect(scheduleOffThread(broken)).rejects.toBeInstanceOf(SchedulerInputError);
  });
});
