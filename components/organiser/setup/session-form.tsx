"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { SelectField, TextAreaField } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { LocalizedList, LocalizedText } from "@/db/schema";
import type { ActionResult } from "@/lib/actions/result";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { MeetingsInTheWay } from "./meetings-in-the-way";
import { meetingsOf, useSetupForm } from "./use-setup-form";

export type SessionSaved = { id: string; created: boolean; overlaps: LocalizedText[]; added: number; removed: number; cancelled: number };
export type SessionAction = (state: unknown, formData: FormData) => Promise<ActionResult<SessionSaved>>;

export interface SessionValues {
  id?: string;
  kind: string;
  title: LocalizedText;
  roomId: string;
  sectorId: string;
  speakers: LocalizedList;
  day: string;
  startTime: string;
  endTime: string;
  blocksB2b: boolean;
}

export interface SessionChoices {
  rooms: { value: string; label: string }[];
  sectors: { value: string; label: string }[];
  days: { value: string; label: string }[];
  timeZone: string;
  city: string;
}

const languages = ["fr", "ar", "ru", "en"] as const;

/** The sessions a refused save would have shared its room with. */
function roomSharers(state: ActionResult<unknown>): LocalizedText[] {
  return state.ok ? [] : ((state.details as { overlaps?: LocalizedText[] } | undefined)?.overlaps ?? []);
}
const kinds = ["plenary", "panel", "workshop", "break"] as const;

/**
 * Creates a session, or edits one: the same form, the same rules on the server. On a
 * session's own page, `backHref` leads back to the programme once it is saved.
 */
export function SessionForm({ action, session, choices, backHref }: { action: SessionAction; session: SessionValues; choices: SessionChoices; backHref?: string }) {
  const t = useTranslations("agendaEditor");
  const locale = useLocale();
  const id = useId();
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<SessionSaved | undefined>);
  const { failed, formError, field, value, checked } = useSetupForm(state);
  const saved = state.ok ? state.data : undefined;
  const none = { value: "", label: t("none") };
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      {session.id && <input type="hidden" name="sessionId" value={session.id} />}
      <div role="status" className={saved ? "rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-950" : "sr-only"}>
        {saved && (
          <>
            {t(saved.created ? "created" : "updated", { added: saved.added, removed: saved.removed, cancelled: saved.cancelled })}
            {saved.overlaps.length > 0 && (
              <span className="mt-1 block text-amber-900">{t("overlapWarning", { titles: saved.overlaps.map((o) => localized(o, locale)).join(" · ") })}</span>
            )}
            {backHref && (
              <Link href={backHref} className="mt-1 flex min-h-11 w-fit items-center font-semibold text-emerald-900 underline underline-offset-4">
                {t("backToAgenda")}
              </Link>
            )}
          </>
        )}
      </div>
      <FormAlert message={formError} />
      {failed && <MeetingsInTheWay meetings={meetingsOf(state)} timeZone={choices.timeZone} city={choices.city} canCancel={failed.error === "meetingsInTheWay"} />}
      {failed?.error === "roomTaken" && (
        <div className="flex flex-col gap-2 rounded-lg border border-amber-400 bg-amber-50 p-3">
          <p>{t("roomTakenBy", { titles: roomSharers(state).map((o) => localized(o, locale)).join(" · ") })}</p>
          <label className="flex min-h-11 items-center gap-2 font-medium">
            <input type="checkbox" name="shareRoom" className="size-5" />
            {t("shareRoom")}
          </label>
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label={t("kind")} name="kind" defaultValue={value("kind", session.kind)} errors={field("kind")} options={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
        <SelectField label={t("day")} name="day" defaultValue={value("day", session.day)} errors={field("day")} options={choices.days} />
        <Field label={t("startTime", { zone: choices.city })} name="startTime" type="time" defaultValue={value("startTime", session.startTime)} errors={field("startTime")} required />
        <Field label={t("endTime", { zone: choices.city })} name="endTime" type="time" defaultValue={value("endTime", session.endTime)} errors={field("endTime")} required />
        {languages.map((l) => (
          <Field
            key={l}
            label={t(`titleIn.${l}`)}
            name={`title.${l}`}
            lang={l}
            dir={l === "ar" ? "rtl" : "ltr"}
            defaultValue={value(`title.${l}`, session.title[l])}
            errors={field(`title.${l}`)}
            required={l === "fr"}
            hint={l === "fr" ? t("titleFrHint") : undefined}
            maxLength={200}
          />
        ))}
        <SelectField label={t("room")} name="roomId" defaultValue={value("roomId", session.roomId)} errors={field("roomId")} options={[none, ...choices.rooms]} />
        <SelectField label={t("sector")} name="sectorId" defaultValue={value("sectorId", session.sectorId)} errors={field("sectorId")} options={[none, ...choices.sectors]} />
      </div>
      <fieldset className="flex min-w-0 flex-col gap-1" aria-describedby={`${id}-speakers-hint`}>
        <legend className="font-medium text-slate-900">{t("speakers")}</legend>
        <p id={`${id}-speakers-hint`} className="text-sm text-slate-600">
          {t("speakersHint")}
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          {languages.map((l) => (
            <TextAreaField
              key={l}
              label={t(`speakersIn.${l}`)}
              name={`speakers.${l}`}
              lang={l}
              dir={l === "ar" ? "rtl" : "ltr"}
              rows={3}
              defaultValue={value(`speakers.${l}`, (session.speakers[l] ?? []).join("\n"))}
              errors={field(`speakers.${l}`)}
            />
          ))}
        </div>
      </fieldset>
      <div className="flex min-h-11 items-center gap-2">
        <input id={`${id}-blocks`} type="checkbox" name="blocksB2b" defaultChecked={checked("blocksB2b", session.blocksB2b)} className="size-5" aria-describedby={`${id}-blocks-hint`} />
        <label htmlFor={`${id}-blocks`} className="font-medium">
          {t("blocksB2b")}
        </label>
      </div>
      <p id={`${id}-blocks-hint`} className="text-sm text-slate-600">
        {t("blocksB2bHint")}
      </p>
      <Button type="submit" disabled={pending} className="self-start">
        {session.id ? t("saveSession") : t("addSession")}
      </Button>
    </form>
  );
}
