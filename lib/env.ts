import { z } from "zod";

const serverEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")
    .optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)"),
  FORUM_SLUG: z.string().optional(),
  PAGE_CACHE: z.enum(["on", "off"], "PAGE_CACHE must be on or off").optional(),
  TRUSTED_PROXIES: z
    .string()
    .regex(/^[1-9][0-9]*$/, "TRUSTED_PROXIES must be how many proxies in front of the app add to X-Forwarded-For (1 or more)")
    .optional(),
  PAGE_CACHE_ORIGIN: z.url("PAGE_CACHE_ORIGIN must be this server's own URL, e.g. http://127.0.0.1:3000").optional(),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** Stops the start with a plain message when the environment is incomplete. */
export function assertServerEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = serverEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Passerelle cannot start; fix the environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
