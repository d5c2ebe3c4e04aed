import { z } from "zod";
import { locales } from "@/lib/i18n/routing";
import { emailSchema } from "./auth";
import { collectFlags } from "./form-fields";
import { MAX_LANGUAGES, MAX_PHOTO_BYTES } from "./profile-limits";

export { commonLanguages, MAX_LANGUAGES, MAX_PHOTO_BYTES, photoTypes } from "./profile-limits";

const languageCode = /^[a-z]{2,3}$/;

/** "kab, pt" or "kab pt" → ["kab", "pt"]; each must be a two- or three-letter ISO 639 code. */
const otherLanguagesSchema = z
  .string()
  .max(100, { error: "tooLong" })
  .optional()
  .transform((value) => (value ?? "").toLowerCase().split(/[\s,;/]+/).filter(Boolean))
  .refine((codes) => codes.every((code) => languageCode.test(code)), { error: "invalidLanguage" });

const photoSchema = z.preprocess(
  // An empty file input still sends a nameless, empty file: that means "no new photo".
  (value) => (value instanceof Blob && value.size > 0 ? value : undefined),
  z
    .instanceof(Blob)
    .refine((file) => file.size <= MAX_PHOTO_BYTES, { error: "photoTooLarge" })
    .optional(),
);

export const delegateFormSchema = z
  .preprocess(
    (raw) => {
      if (typeof raw !== "object" || raw === null) return raw;
      const form = raw as Record<string, unknown>;
      return { ...form, languages: collectFlags(form, "languages") };
    },
    z.object({
      fullName: z.string({ error: "required" }).trim().min(2, { error: "required" }).max(120, { error: "tooLong" }),
      jobTitle: z
        .string()
        .trim()
        .max(120, { error: "tooLong" })
        .optional()
        .transform((value) => value || null),
      languages: z.array(z.string().regex(languageCode, { error: "invalidLanguage" })).max(MAX_LANGUAGES),
      languagesOther: otherLanguagesSchema,
      photo: photoSchema,
      /** The language of the person's e-mails; absent leaves it as it is. */
      locale: z.enum(locales, { error: "invalidInput" }).optional(),
    }),
  )
  .transform(({ languages, languagesOther, ...rest }) => ({
    ...rest,
    languages: [...new Set([...languages, ...languagesOther])],
  }))
  .superRefine((input, ctx) => {
    if (input.languages.length === 0) ctx.addIssue({ code: "custom", path: ["languages"], message: "chooseLanguage" });
    if (input.languages.length > MAX_LANGUAGES) ctx.addIssue({ code: "custom", path: ["languages"], message: "tooMany" });
  });
export type DelegateInput = z.infer<typeof delegateFormSchema>;

const id = z.uuid({ error: "notFound" });

export const delegateTargetSchema = z.object({ companyId: id, delegateId: id });
/** Leaving: the company named is checked against the session user's own. */
export const leaveCompanySchema = z.object({ companyId: id });
export const removePhotoSchema = z.object({});

export const createInvitationSchema = z.object({
  companyId: id,
  email: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(emailSchema.optional()),
  locale: z.string().max(5).optional(),
});
export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;

export const revokeInvitationSchema = z.object({ companyId: id, invitationId: id });

/** 32 random bytes, base64url: 43 characters. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "invitationUnknown" });
export const joinCompanySchema = z.object({ token: invitationTokenSchema, locale: z.string().max(5).optional() });
