import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InviteOrganiserForm } from "@/components/organiser/setup/invite-organiser-form";
import { SimpleAction } from "@/components/organiser/setup/simple-action";
import { Card } from "@/components/ui/card";
import { getCurrentForum } from "@/db/forums";
import { listOpenOrganiserInvitations, listOrganisers } from "@/db/organisers";
import { requireOrganiser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { formatDay, formatTime, zoneLabel } from "@/lib/time";
import { inviteOrganiserAction, revokeOrganiserInvitationAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "organisers" });
  return { title: t("title") };
}

export default async function OrganisersPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const me = await requireOrganiser(locale, "/organiser/organisers");
  const [t, forum] = await Promise.all([getTranslations("organisers"), getCurrentForum()]);
  if (!forum) return null;
  const [organisers, invitations] = await Promise.all([listOrganisers(), listOpenOrganiserInvitations(forum.id)]);
  const zone = zoneLabel(localized(forum.city, locale), forum.timeZone);
  const when = (at: Date) => `${formatDay(at, locale, forum.timeZone)} ${formatTime(at, locale, forum.timeZone)} (${zone})`;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Card aria-labelledby="organisers-list">
        <h2 id="organisers-list" className="text-xl font-semibold">
          {t("list", { count: organisers.length })}
        </h2>
        <ul className="mt-2 flex flex-col gap-1">
          {organisers.map((o) => (
            <li key={o.id}>
              <bdi>{o.fullName}</bdi> — <bdi dir="ltr">{o.email}</bdi>
              {o.id === me.id && <> ({t("you")})</>}
            </li>
          ))}
        </ul>
      </Card>
      <Card aria-labelledby="invite-title">
        <h2 id="invite-title" className="text-xl font-semibold">
          {t("inviteTitle")}
        </h2>
        <p className="mb-3 text-slate-700">{t("inviteIntro")}</p>
        <InviteOrganiserForm action={inviteOrganiserAction} />
      </Card>
      <Card aria-labelledby="pending-title">
        <h2 id="pending-title" className="text-xl font-semibold">
          {t("pending", { count: invitations.length })}
        </h2>
        {invitations.length === 0 && <p>{t("noPending")}</p>}
        <ul className="mt-2 flex flex-col gap-3">
          {invitations.map((inv) => (
            <li key={inv.id} className="flex flex-col gap-1 rounded-lg border border-slate-200 p-3">
              <p>
                <bdi dir="ltr" className="font-semibold">
                  {inv.email}
                </bdi>{" "}
                · {t("expires", { when: when(inv.expiresAt) })}
              </p>
              <SimpleAction action={revokeOrganiserInvitationAction} fields={{ invitationId: inv.id }} label={t("revoke")} ariaLabel={t("revokeFor", { email: inv.email })} />
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
