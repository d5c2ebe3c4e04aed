"use server";

import { revalidatePath } from "next/cache";
import { getCurrentForum } from "@/db/forums";
import type { BadgeHolder } from "@/db/badges";
import { formAction } from "@/lib/actions/safe-action";
import { revokeBadge } from "@/lib/badges/badges";
import { checkIn, type CheckInResult } from "@/lib/check-in/check-in";
import { notFoundError } from "@/lib/errors";
import { checkInCodeSchema, checkInPersonSchema, revokeBadgeSchema } from "@/lib/schemas/dayof";

export interface CheckInView {
  userId: string;
  fullName: string;
  jobTitle: string | null;
  companyName: string;
  country: string;
  photoUrl: string | null;
  checkedInAt: string;
  created: boolean;
}

function view(holder: BadgeHolder, result: Pick<CheckInResult, "checkedInAt" | "created">): CheckInView {
  return {
    userId: holder.userId,
    fullName: holder.fullName,
    jobTitle: holder.jobTitle,
    companyName: holder.companyName,
    country: holder.country.trim(),
    photoUrl: holder.photoAt ? `/photos/${holder.userId}?v=${holder.photoAt.getTime()}` : null,
    checkedInAt: result.checkedInAt.toISOString(),
    created: result.created,
  };
}

async function forumId() {
  const forum = await getCurrentForum();
  if (!forum) throw notFoundError();
  return forum.id;
}

/** The desk's count of arrivals and its search results show the arrival too. */
const arrived = () => revalidatePath("/[locale]/organiser/check-in", "page");

export const checkInByCodeAction = formAction({ schema: checkInCodeSchema, access: "organiser" }, async (input, user) => {
  const result = await checkIn(user, await forumId(), { code: input.code, method: input.method });
  arrived();
  return { ok: true, data: view(result.holder, result) };
});

export const checkInPersonAction = formAction({ schema: checkInPersonSchema, access: "organiser" }, async (input, user) => {
  const result = await checkIn(user, await forumId(), { userId: input.userId, method: "name" });
  arrived();
  return { ok: true, data: view(result.holder, result) };
});

export const revokeBadgeAction = formAction({ schema: revokeBadgeSchema, access: "organiser" }, async (input, user) => {
  const code = await revokeBadge(user, await forumId(), input.userId);
  return { ok: true, data: { code } };
});
