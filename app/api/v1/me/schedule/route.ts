import { getCurrentForum } from "@/db/forums";
import { jsonRoute } from "@/lib/api/route";
import { notFoundError } from "@/lib/errors";
import { loadMySchedule } from "@/lib/schedule/my-schedule";
import { scheduleJson } from "@/lib/schedule/schedule-json";

// The signed-in user's schedule, as the schedule page shows it; see lib/api/openapi-schedule.ts.
export const GET = jsonRoute({ access: "user" }, async ({ user }) => {
  const forum = await getCurrentForum();
  if (!forum) throw notFoundError();
  return scheduleJson(await loadMySchedule(user, forum));
});
