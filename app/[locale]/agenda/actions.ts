"use server";

import { formAction } from "@/lib/actions/safe-action";
import { setSessionBookmark } from "@/lib/schedule/bookmarks";
import { bookmarkSchema } from "@/lib/schemas/schedule";

/** Keeps a session in (or out of) the user's schedule; the button shows the new state itself. */
export const bookmarkAction = formAction({ schema: bookmarkSchema, access: "user" }, async (input, user) => {
  const bookmarked = await setSessionBookmark(user, input);
  return { ok: true, data: { bookmarked } };
});
