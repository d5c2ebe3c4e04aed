import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { CompanyForm } from "@/components/profile/company-form";
import { CompanyStatusNotice } from "@/components/profile/company-status";
import { ConfirmAction } from "@/components/profile/confirm-action";
import { DelegateForm } from "@/components/profile/delegate-form";
import { DelegateList } from "@/components/profile/delegate-list";
import { InvitationsPanel } from "@/components/profile/invitations-panel";
import { Card } from "@/components/ui/card";
import { getCompanyProfile, listForumSectors } from "@/db/companies";
import { listDelegates } from "@/db/delegates";
import { getCurrentForum } from "@/db/forums";
import { listActiveInvitations } from "@/db/invitations";
import { findPhotoVersion } from "@/db/photos";
import { companySizes, lookingForOptions } from "@/db/schema";
import { requireUser } from "@/lib/auth/session";
import { expiryLabel } from "@/lib/companies/expiry-label";
import { companyDefaults, delegateDefaults, photoUrl } from "@/lib/companies/form-defaults";
import { countryName, localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import {
  createCompanyAction,
  createInvitationAction,
  leaveCompanyAction,
  removeDelegateAction,
  removePhotoAction,
  revokeInvitationAction,
  transferMainContactAction,
  updateCompanyAction,
  updateDelegateAction,
} from "./actions";
import { changePasswordAction } from "./password-actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "profile" });
  return { title: t("title") };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Card aria-labelledby={id}>
      <h2 id={id} className="mb-4 text-xl font-bold">
        {title}
      </h2>
      {children}
    </Card>
  );
}

export default async function ProfilePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ password?: string | string[] }>;
}) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale, "/profile");
  const [t, ta, td, forum] = await Promise.all([
    getTranslations("profile"),
    getTranslations("availability"),
    getTranslations("companyDelegates"),
    getCurrentForum(),
  ]);
  if (!forum) return <p>{t("forumMissing")}</p>;
  const justChanged = (await searchParams).password === "changed";
  const passwordSection = (
    <Section id="password-title" title={t("passwordTitle")}>
      <ChangePasswordForm action={changePasswordAction} justChanged={justChanged} />
    </Section>
  );
  if (user.role === "organiser") {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("organiserNote")}</p>
        {passwordSection}
      </div>
    );
  }
  const sectors = await listForumSectors(forum.id);
  const formOptions = {
    countries: [forum.countryA, forum.countryB].map((code) => ({ value: code, label: countryName(code, locale) })),
    sectors: sectors.map((s) => ({ value: s.code, label: localized(s.name, locale) })),
    sizes: companySizes,
    lookingFor: lookingForOptions,
  };
  const profile = user.companyId ? await getCompanyProfile(user.companyId) : null;

  if (!profile) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("noCompanyIntro")}</p>
        <Section id="join-title" title={t("joinTitle")}>
          <p>{t("joinBody")}</p>
        </Section>
        <Section id="create-title" title={t("createTitle")}>
          <p className="mb-4 text-slate-700">{t("createIntro")}</p>
          <CompanyForm action={createCompanyAction} defaults={{}} {...formOptions} />
        </Section>
        {passwordSection}
      </div>
    );
  }

  const { company } = profile;
  const [delegates, invitations, ownPhoto] = await Promise.all([
    listDelegates(company.id),
    user.isMainContact ? listActiveInvitations(company.id) : Promise.resolve([]),
    findPhotoVersion(user.id),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <CompanyStatusNotice name={company.name} status={company.status} reason={company.rejectionReason} />
      <Section id="company-title" title={t("companyTitle")}>
        <CompanyForm
          action={updateCompanyAction}
          companyId={company.id}
          defaults={companyDefaults(profile)}
          {...formOptions}
          countryFixed={company.status === "approved"}
        />
      </Section>
      <Section id="delegate-title" title={t("delegateTitle")}>
        <DelegateForm
          action={updateDelegateAction}
          removePhotoAction={removePhotoAction}
          defaults={delegateDefaults(user)}
          photoUrl={photoUrl(user.id, ownPhoto)}
        />
      </Section>
      <Section id="availability-title" title={ta("title")}>
        <Link href="/profile/availability" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
          {ta("profileLink")}
        </Link>
      </Section>
      <Section id="team-title" title={t("teamTitle")}>
        <DelegateList
          companyId={company.id}
          currentUserId={user.id}
          delegates={delegates.map((d) => ({ ...d, photoUrl: photoUrl(d.id, d.photoUpdatedAt) }))}
          manage={user.isMainContact ? { remove: removeDelegateAction, transfer: transferMainContactAction } : undefined}
        />
        {/* A way out for every delegate: the main contact's goes through handing the role over. */}
        <div className="mt-4 border-t border-slate-200 pt-4">
          {user.isMainContact ? (
            <p className="text-slate-700">{td("mainContactCannotLeave")}</p>
          ) : (
            <ConfirmAction
              action={leaveCompanyAction}
              fields={{ companyId: company.id }}
              summary={td("leave")}
              explanation={td("leaveExplain", { company: company.name })}
              confirm={td("leaveConfirm", { company: company.name })}
            />
          )}
        </div>
      </Section>
      {user.isMainContact && (
        <Section id="invitations-title" title={t("invitationsTitle")}>
          <InvitationsPanel
            companyId={company.id}
            locale={locale}
            createAction={createInvitationAction}
            revokeAction={revokeInvitationAction}
            active={invitations.map((i) => ({ id: i.id, email: i.email, expires: expiryLabel(i.expiresAt, locale, forum) }))}
          />
        </Section>
      )}
      {passwordSection}
    </div>
  );
}
