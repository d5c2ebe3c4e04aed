import Image from "next/image";
import { getLocale, getTranslations } from "next-intl/server";
import { languageNames } from "@/lib/i18n/localized";
import type { ProfileAction } from "./company-form";
import { ConfirmAction } from "./confirm-action";

export interface DelegateItem {
  id: string;
  fullName: string;
  jobTitle: string | null;
  languages: string[];
  isMainContact: boolean;
  photoUrl: string | null;
}

/** The company's delegates; the main contact also gets remove and hand-over buttons. */
export async function DelegateList({
  delegates,
  companyId,
  currentUserId,
  manage,
}: {
  delegates: readonly DelegateItem[];
  companyId: string;
  currentUserId: string;
  /** Present only for the main contact. */
  manage?: { remove: ProfileAction; transfer: ProfileAction };
}) {
  const [t, locale] = await Promise.all([getTranslations("companyDelegates"), getLocale()]);
  return (
    <ul className="flex flex-col divide-y divide-slate-200">
      {delegates.map((d) => (
        <li key={d.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start">
          <div className="flex flex-1 items-start gap-3">
            {d.photoUrl ? (
              <Image src={d.photoUrl} alt={t("photoOf", { name: d.fullName })} width={48} height={48} unoptimized className="size-12 shrink-0 rounded-full object-cover" />
            ) : (
              <span aria-hidden="true" className="flex size-12 shrink-0 items-center justify-center rounded-full bg-emerald-100 font-bold text-emerald-900">
                {d.fullName.slice(0, 1).toUpperCase()}
              </span>
            )}
            <div>
              <p className="font-semibold">
                <bdi>{d.fullName}</bdi> {d.id === currentUserId && <span className="font-normal">{t("you")}</span>}
              </p>
              {d.jobTitle && (
                <p dir="auto" className="text-start text-slate-700">
                  {d.jobTitle}
                </p>
              )}
              {d.languages.length > 0 && <p className="text-sm text-slate-700">{t("languages", { list: languageNames(d.languages, locale) })}</p>}
              {d.isMainContact && <p className="mt-1 inline-block rounded bg-emerald-100 px-2 text-sm font-semibold text-emerald-950">{t("mainContact")}</p>}
            </div>
          </div>
          {manage && d.id !== currentUserId && (
            <div className="flex flex-col gap-1 sm:items-end">
              <ConfirmAction
                action={manage.transfer}
                fields={{ companyId, delegateId: d.id }}
                summary={t("transfer", { name: d.fullName })}
                explanation={t("transferExplain", { name: d.fullName })}
                confirm={t("transferConfirm", { name: d.fullName })}
              />
              <ConfirmAction
                action={manage.remove}
                fields={{ companyId, delegateId: d.id }}
                summary={t("remove", { name: d.fullName })}
                explanation={t("removeExplain", { name: d.fullName })}
                confirm={t("removeConfirm", { name: d.fullName })}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
