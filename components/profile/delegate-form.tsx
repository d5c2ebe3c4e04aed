"use client";

import Image from "next/image";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { initialActionState, type ActionResult } from "@/lib/actions/result";
import { locales } from "@/lib/i18n/routing";
import { commonLanguages, MAX_PHOTO_BYTES, photoTypes } from "@/lib/schemas/profile-limits";
import type { ProfileAction } from "./company-form";
import { CheckboxGroup, SelectField } from "@/components/ui/form-fields";
import { useProfileErrors } from "./use-profile-errors";

type Saved = { saved: boolean } | undefined;

const capitalised = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The signed-in user's own delegate profile: name, title, languages and photo. */
export function DelegateForm({
  action,
  removePhotoAction,
  defaults,
  photoUrl,
}: {
  action: ProfileAction;
  removePhotoAction: ProfileAction;
  defaults: Record<string, string>;
  photoUrl: string | null;
}) {
  const t = useTranslations("delegateForm");
  const own = useTranslations("profileErrors");
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, initialActionState as ActionResult<Saved>);
  const { succeeded, formError, field, values: echoed } = useProfileErrors(state);
  // Checked in the browser too, so a phone on weak Wi-Fi does not upload 3 MB to be refused.
  const [tooLarge, setTooLarge] = useState(false);
  const values = echoed ?? defaults;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const file = (event.currentTarget.elements.namedItem("photo") as HTMLInputElement | null)?.files?.[0];
    const refuse = !!file && file.size > MAX_PHOTO_BYTES;
    setTooLarge(refuse);
    if (refuse) event.preventDefault();
  };
  const photoErrors = tooLarge ? [own("photoTooLarge")] : field("photo");
  return (
    <div className="flex flex-col gap-4">
      <FormAlert message={tooLarge ? own("photoTooLarge") : formError} />
      <p role="status" className={succeeded ? "font-medium text-emerald-900" : "sr-only"}>
        {succeeded ? t("saved") : ""}
      </p>
      <form action={formAction} onSubmit={onSubmit} noValidate className="flex flex-col gap-5" key={JSON.stringify(echoed ?? defaults)}>
        <Field label={t("fullName")} name="fullName" dir="auto" required maxLength={120} autoComplete="name" defaultValue={values.fullName ?? ""} errors={field("fullName")} />
        <Field label={t("jobTitle")} name="jobTitle" dir="auto" maxLength={120} autoComplete="organization-title" defaultValue={values.jobTitle ?? ""} errors={field("jobTitle")} />
        <CheckboxGroup
          legend={t("languages")}
          name="languages"
          options={commonLanguages.map((code) => ({ value: code, label: `${languageName(code, locale)} (${code})` }))}
          checked={(code) => values[`languages.${code}`] === "on"}
          errors={field("languages")}
        >
          <Field
            label={t("languagesOther")}
            hint={t("languagesOtherHint")}
            name="languagesOther"
            dir="ltr"
            maxLength={100}
            autoCapitalize="none"
            defaultValue={values.languagesOther ?? ""}
            errors={field("languagesOther")}
            className="mt-2"
          />
        </CheckboxGroup>
        <SelectField
          label={t("emailLocale")}
          hint={t("emailLocaleHint")}
          name="locale"
          defaultValue={values.locale ?? locale}
          // Each language named in itself, as a reader looks for their own.
          options={locales.map((code) => ({ value: code, label: capitalised(languageName(code, code), code) }))}
          errors={field("locale")}
        />
        <div className="flex flex-col gap-2">
          {photoUrl ? (
            <Image src={photoUrl} alt={t("currentPhoto")} width={96} height={96} unoptimized className="size-24 rounded-full border border-slate-300 object-cover" />
          ) : (
            <p className="text-sm text-slate-700">{t("noPhoto")}</p>
          )}
          <Field
            label={t(photoUrl ? "photoReplace" : "photo")}
            hint={t("photoHint")}
            name="photo"
            type="file"
            accept={photoTypes.join(",")}
            errors={photoErrors}
            onChange={() => setTooLarge(false)}
          />
        </div>
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? t("working") : t("save")}
        </Button>
      </form>
      {photoUrl && <RemovePhotoForm action={removePhotoAction} />}
    </div>
  );
}

function RemovePhotoForm({ action }: { action: ProfileAction }) {
  const t = useTranslations("delegateForm");
  const [state, formAction, pending] = useActionState(action, initialActionState as ActionResult<Saved>);
  const { formError } = useProfileErrors(state);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {formError && <p className="font-medium text-red-800">{formError}</p>}
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t("removePhoto")}
      </Button>
    </form>
  );
}
