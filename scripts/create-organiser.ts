import { parseArgs } from "node:util";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { createAccount } from "../lib/accounts";
import { signUpSchema } from "../lib/schemas/auth";

// npm run create-organiser -- --email a@b.org --name "Full Name"   (password read from ORGANISER_PASSWORD)
async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const parsed = signUpSchema.safeParse({
    email: values.email,
    fullName: values.name,
    password: process.env.ORGANISER_PASSWORD,
    locale: "fr",
  });
  if (!parsed.success) {
    console.error("Usage: ORGANISER_PASSWORD=… npm run create-organiser -- --email EMAIL --name \"FULL NAME\"");
    for (const issue of parsed.error.issues) console.error(`  - ${issue.path.join(".")}: ${issue.message}`);
    process.exit(2);
  }
  const handle = openDatabase();
  try {
    await migrateDatabase(handle);
    const user = await createAccount(parsed.data, "organiser", handle.db);
    console.log(`Organiser account created: ${user.email}`);
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
