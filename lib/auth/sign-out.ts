"use server";

import { signOut } from "./config";
import { safeNextPath } from "./next-path";

export async function signOutAction(formData: FormData) {
  await signOut({ redirectTo: safeNextPath(undefined, String(formData.get("locale") ?? ""), "/") });
}
