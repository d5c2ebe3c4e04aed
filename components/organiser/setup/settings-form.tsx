"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SelectField } from "@/components/ui/form-fields";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { ActionResult } from "@/lib/actions/result";
import type { LocalizedText } from "@/db/schema";
import { daysBetween } from "@/lib/time-input";
import { MeetingsInTheWay } from "./meetings-in-the-way";
import { meetingsOf, useSetupForm } from "./use-setup-form";

type Saved = { changed: boolean; added: number; removed: number; cancelled: number };
type Action = (state: unknown, formData: FormData) => Promise<ActionResult<Saved>>;

export interface SettingsValues {
  version: number;
  name: LocalizedText;
  city: LocalizedText;
  timeZone: string;
  startsOn: string;
  endsOn: string;
  countryA: string;
  countryB: string;
  slotMinutes: number;
  bookingMode: string;
  selfBookingClosesAt: string;
  meetingCap: number;
  hours: Record<string, { start: string; end: string }>;
}

const languages = ["fr", "ar", "ru", "en"] as const;
const fieldset = "flex min-w-0 flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4";

export function SettingsForm({ action, forum, timeZones, city }: { action: Action; forum: SettingsValues; timeZones: string[]; city: string }) {
  const t = useTranslations("settings");
  const [state, formAction, pending] = useActionState(action, { ok: true, data: undefined } as ActionResult<Saved | undefined>);
  const { failed, formError, field, value } = useSetupForm(state);
  const [startsOn, setStartsOn] = useState(forum.startsOn);
  const [endsOn, setEndsOn] = useState(forum.endsOn);
  const days = daysBetween(startsOn, endsOn).slice(0, 14);
  // A calendar day, named as the reader says it (read at noon UTC: the same day in any zone).
  const dayFormat = new Intl.DateTimeFormat(useLocale(), { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
  const firstHours = Object.values(forum.hours)[0] ?? { start: "09:00", end: "17:00" };
  const meetings = meetingsOf(state);
  const saved = state.ok && state.data;
  // A day brought back after a refusal (the first day mistyped, then corrected) was not sent: its saved hours, not blanks.
  const hour = (name: string, saved: string) => failed?.values?.[name] ?? saved;
  const askPastClose = failed?.fieldErrors?.selfBookingClosesAt?.includes("selfBookingClosesInPast") ?? false;

  return (
    <>
      {/* Outside the form, which is remounted at each new version: the messages stay announced. */}
      <div role="status" className={saved ? "rounded-lg border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-950" : "sr-only"}>
        {saved ? (saved.changed ? t("saved", { added: saved.added, removed: saved.removed, cancelled: saved.cancelled }) : t("unchanged")) : ""}
      </div>
      <FormAlert message={formError} />
      <form key={forum.version} action={formAction} className="flex flex-col gap-4" noValidate>
        <input type="hidden" name="version" value={forum.version} />
        {failed && (
          <MeetingsInTheWay meetings={meetings} timeZone={forum.timeZone} city={city} canCancel={failed.error === "meetingsInTheWay"} />
        )}

        <fieldset className={fieldset}>
          <legend className="px-1 text-lg font-semibold">{t("identity")}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            {languages.map((l) => (
              <Field key={`name.${l}`} label={t(`name.${l}`)} name={`name.${l}`} lang={l} dir={l === "ar" ? "rtl" : "ltr"} defaultValue={value(`name.${l}`, forum.name[l])} errors={field(`name.${l}`)} required maxLength={160} />
            ))}
            {languages.map((l) => (
              <Field key={`city.${l}`} label={t(`city.${l}`)} name={`city.${l}`} lang={l} dir={l === "ar" ? "rtl" : "ltr"} defaultValue={value(`city.${l}`, forum.city[l])} errors={field(`city.${l}`)} required maxLength={120} />
            ))}
            <Field label={t("countryA")} name="countryA" hint={t("countryHint")} defaultValue={value("countryA", forum.countryA)} errors={field("countryA")} required maxLength={2} autoCapitalize="characters" dir="ltr" />
            <Field label={t("countryB")} name="countryB" hint={t("countryHint")} defaultValue={value("countryB", forum.countryB)} errors={field("countryB")} required maxLength={2} autoCapitalize="characters" dir="ltr" />
          </div>
        </fieldset>

        <fieldset className={fieldset}>
          <legend className="px-1 text-lg font-semibold">{t("dates")}</legend>
          <div className="grid gap-3 sm:grid-cols-3">
            <Field label={t("timeZone")} name="timeZone" hint={t("timeZoneHint")} list="time-zones" defaultValue={value("timeZone", forum.timeZone)} errors={field("timeZone")} required dir="ltr" />
            <datalist id="time-zones">
              {timeZones.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
            <Field label={t("startsOn")} name="startsOn" type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} errors={field("startsOn")} required />
            <Field label={t("endsOn")} name="endsOn" type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} errors={field("endsOn")} required />
          </div>
          {/* On a narrow phone the two time fields may not fit beside the day. */}
          <ScrollBox label={t("hoursCaption")} hint={t("scrollHint")}>
            <table className="w-full text-start">
              <caption className="text-start font-semibold">{t("hoursCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="text-start">{t("day")}</th>
                  <th scope="col" className="text-start">{t("b2bStart")}</th>
                  <th scope="col" className="text-start">{t("b2bEnd")}</th>
                </tr>
              </thead>
              <tbody>
                {days.map((day) => {
                  const saved = forum.hours[day] ?? firstHours;
                  const dayName = dayFormat.format(new Date(`${day}T12:00:00Z`));
                  return (
                    <tr key={day}>
                      <th scope="row" className="pe-2 text-start font-medium">
                        {dayName}
                      </th>
                      <td className="pe-2">
                        <Field label={t("b2bStartOf", { day: dayName })} className="[&>label]:sr-only" name={`hours.${day}.start`} type="time" defaultValue={hour(`hours.${day}.start`, saved.start)} errors={field(`hours.${day}.start`)} required />
                      </td>
                      <td>
                        <Field label={t("b2bEndOf", { day: dayName })} className="[&>label]:sr-only" name={`hours.${day}.end`} type="time" defaultValue={hour(`hours.${day}.end`, saved.end)} errors={field(`hours.${day}.end`)} required />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
        </fieldset>

        <fieldset className={fieldset}>
          <legend className="px-1 text-lg font-semibold">{t("meetings")}</legend>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t("slotMinutes")} name="slotMinutes" type="number" min={5} max={240} hint={t("slotMinutesHint")} defaultValue={value("slotMinutes", forum.slotMinutes)} errors={field("slotMinutes")} required />
            <Field label={t("meetingCap")} name="meetingCap" type="number" min={1} max={1000} defaultValue={value("meetingCap", forum.meetingCap)} errors={field("meetingCap")} required />
            <SelectField
              label={t("bookingMode")}
              name="bookingMode"
              defaultValue={value("bookingMode", forum.bookingMode)}
              errors={field("bookingMode")}
              options={(["both", "self", "organiser"] as const).map((m) => ({ value: m, label: t(`mode.${m}`) }))}
            />
            <div className="flex flex-col gap-2">
              <Field label={t("selfBookingClosesAt", { zone: forum.timeZone })} name="selfBookingClosesAt" type="datetime-local" hint={t("selfBookingClosesHint")} defaultValue={value("selfBookingClosesAt", forum.selfBookingClosesAt)} errors={field("selfBookingClosesAt")} />
              {/* Asked only once a closing time already past was refused: the organiser then says it is meant. */}
              {askPastClose && (
                <label className="flex min-h-11 items-center gap-2 font-medium">
                  <input type="checkbox" name="confirmPastClose" className="size-5 shrink-0" />
                  {t("confirmPastClose")}
                </label>
              )}
            </div>
          </div>
        </fieldset>

        <Button type="submit" disabled={pending} className="self-start">
          {t("save")}
        </Button>
      </form>
    </>
  );
}
