import { z } from "zod";
import { locales } from "@/lib/i18n/routing";

// Messages are keys under "errors" in messages/*.json, translated where they are shown.
export const emailSchema = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "invalidEmail" }))
  .transform((email) => email.toLowerCase());

export const newPasswordSchema = z
  .string({ error: "required" })
  .min(10, { error: "passwordTooShort" })
  .max(200, { error: "tooLong" });

export const signUpSchema = z.object({
  fullName: z
    .string({ error: "required" })
    .trim()
    .min(2, { error: (issue) => (issue.input === "" ? "required" : "nameTooShort") })
    .max(120, { error: "tooLong" }),
  email: emailSchema,
  password: newPasswordSchema,
  locale: z.enum(locales).catch("fr"),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(200, { error: "tooLong" }),
});
export type SignInInput = z.infer<typeof signInSchema>;

const currentPasswordSchema = z.string({ error: "required" }).min(1, { error: "required" }).max(200, { error: "tooLong" });
const confirmationSchema = z.string({ error: "required" }).min(1, { error: "required" }).max(200, { error: "tooLong" });
const sameTwice = <T extends { password: string; confirmPassword: string }>(value: T) => value.password === value.confirmPassword;

export const forgotPasswordSchema = z.object({
  email: emailSchema,
  locale: z.enum(locales).catch("fr"),
});
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

/** A new password, typed twice; the token is the reset link's. */
export const resetPasswordSchema = z
  .object({
    token: z.string({ error: "resetLinkUnknown" }).min(1, { error: "resetLinkUnknown" }).max(200, { error: "resetLinkUnknown" }),
    password: newPasswordSchema,
    confirmPassword: confirmationSchema,
  })
  .refine(sameTwice, { error: "passwordsDiffer", path: ["confirmPassword"] });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    password: newPasswordSchema,
    confirmPassword: confirmationSchema,
    locale: z.enum(locales).catch("fr"),
  })
  .refine(sameTwice, { error: "passwordsDiffer", path: ["confirmPassword"] });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
