"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/result";
import { formAction } from "@/lib/actions/safe-action";
import { joinCompany } from "@/lib/companies/invitations";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { joinCompanySchema } from "@/lib/schemas/delegate";

export const joinCompanyAction = formAction({ schema: joinCompanySchema, access: "user" }, async (input, user): Promise<ActionResult<undefined>> => {
  await joinCompany(user, input.token);
  revalidatePath("/[locale]/profile", "page");
  // Thrown as a navigation, which the wrapper passes on.
  return redirect({ href: "/profile", locale: isLocale(input.locale) ? input.locale : "fr" });
});
