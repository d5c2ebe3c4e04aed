"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { initialActionState, type ActionResult } from "@/lib/actions/result";
import { DESCRIPTION_MAX } from "@/lib/schemas/profile-limits";
import { CheckboxGroup, SelectField, TextAreaField } from "@/components/ui/form-fields";
import { ItemRows } from "./item-rows";
import { useProfileErrors } from "./use-profile-errors";

type Saved = { saved: boolean } | undefined;
export type ProfileAction = (state: unknown, formData: FormData) => Promise<ActionResult<Saved>>;
type Option = { value: string; label: string };

/**
 * Creates or edits a company. `defaults` holds the values by field name ("sectors.energy":
 * "on", "offers.0.text": "..."), the same shape a failed submit echoes back.
 */
export function CompanyForm({
  action,
  companyId,
  defaults,
  countries,
  sectors,
  sizes,
  lookingFor,
  countryFixed = false,
}: {
  action: ProfileAction;
  /** Present when editing; the server checks it against the signed-in user. */
  companyId?: string;
  defaults: Record<string, string>;
  countries: readonly Option[];
  sectors: readonly Option[];
  /** The database's lists, passed in so the browser bundle holds no schema code. */
  sizes: readonly string[];
  lookingFor: readonly string[];
  /** Approved: the country is the forum's side it was approved on, kept (the server refuses a change). */
  countryFixed?: boolean;
}) {
  const t = useTranslations("companyForm");
  const [state, formAction, pending] = useActionState(action, initialActionState as ActionResult<Saved>);
  const { succeeded, formError, field, values: echoed } = useProfileErrors(state);
  const values = echoed ?? defaults;
  const on = (name: string) => values[name] === "on";
  // Re-mount on every result so fields show what was echoed, or what is now saved.
  const key = JSON.stringify(echoed ?? defaults);
  return (
    <div className="flex flex-col gap-4">
      <FormAlert message={formError} />
      <p role="status" className={succeeded && companyId ? "font-medium text-emerald-900" : "sr-only"}>
        {succeeded && companyId ? t("saved") : ""}
      </p>
      <form action={formAction} noValidate className="flex flex-col gap-5" key={key}>
        {companyId && <input type="hidden" name="companyId" value={companyId} />}
        <Field label={t("name")} name="name" dir="auto" required maxLength={160} autoComplete="organization" defaultValue={values.name ?? ""} errors={field("name")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={t("country")}
            name="country"
            required
            defaultValue={values.country ?? ""}
            options={countryFixed ? countries.filter((c) => c.value === defaults.country) : [{ value: "", label: t("chooseCountry") }, ...countries]}
            hint={countryFixed ? t("countryFixed") : undefined}
            errors={field("country")}
          />
          <Field label={t("city")} name="city" dir="auto" required maxLength={120} defaultValue={values.city ?? ""} errors={field("city")} />
        </div>
        <CheckboxGroup legend={t("sectors")} hint={t("sectorsHint")} name="sectors" options={sectors} checked={(code) => on(`sectors.${code}`)} errors={field("sectors")} />
        <TextAreaField
          label={t("description")}
          hint={t("descriptionHint", { max: DESCRIPTION_MAX })}
          name="description"
          dir="auto"
          rows={6}
          maxLength={DESCRIPTION_MAX}
          defaultValue={values.description ?? ""}
          errors={field("description")}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={t("website")}
            hint={t("websiteHint")}
            name="website"
            inputMode="url"
            autoComplete="url"
            dir="ltr"
            maxLength={300}
            defaultValue={values.website ?? ""}
            errors={field("website")}
          />
          <SelectField
            label={t("size")}
            name="size"
            defaultValue={values.size ?? ""}
            options={[{ value: "", label: t("sizeUnset") }, ...sizes.map((size) => ({ value: size, label: t(`sizes.${size}`) }))]}
            errors={field("size")}
          />
        </div>
        <CheckboxGroup
          legend={t("lookingFor")}
          name="lookingFor"
          options={lookingFor.map((option) => ({ value: option, label: t(`lookingForOptions.${option}`) }))}
          checked={(option) => on(`lookingFor.${option}`)}
          errors={field("lookingFor")}
        />
        <ItemRows kind="offers" legend={t("offers")} hint={t("rowsHint")} values={values} echoed={echoed !== null} sectors={sectors} errors={field("offers")} field={field} />
        <ItemRows kind="needs" legend={t("needs")} hint={t("rowsHint")} values={values} echoed={echoed !== null} sectors={sectors} errors={field("needs")} field={field} />
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? t("working") : t(companyId ? "save" : "create")}
        </Button>
      </form>
    </div>
  );
}
