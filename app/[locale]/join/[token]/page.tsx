import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { JoinForm } from "@/components/profile/join-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/session";
import { describeInvitation, invitationStateCode } from "@/lib/companies/invitations";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { invitationTokenSchema } from "@/lib/schemas/delegate";
import { joinCompanyAction } from "./actions";

type Params = Promise<{ locale: Locale; token: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "join" });
  // The token is in the address: never hand it to another site as a referrer.
  return { title: t("pageTitle"), referrer: "no-referrer", robots: { index: false } };
}

export default async function JoinPage({ params }: { params: Params }) {
  await pageLocale(params);
  const { token } = await params;
  const [t, errors, user] = await Promise.all([getTranslations("join"), getTranslations("profileErrors"), getCurrentUser()]);
  const valid = invitationTokenSchema.safeParse(token).success;
  const invitation = valid ? await describeInvitation(token) : ({ state: "unknown" } as const);
  const here = `/join/${token}`;

  let body: React.ReactNode;
  if (invitation.state !== "open") {
    body = (
      <>
        <h1 className="text-2xl font-bold">{t("pageTitle")}</h1>
        <p className="mt-2">{errors(invitationStateCode(invitation.state))}</p>
        <p className="mt-2">{t("askAgain")}</p>
      </>
    );
  } else if (!user) {
    body = (
      <>
        <h1 className="text-2xl font-bold">{t("title", { company: invitation.companyName })}</h1>
        <p className="mt-2">{t("intro", { company: invitation.companyName })}</p>
        <p className="mt-2">{t("signInFirst")}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <Link href={`/signup?next=${encodeURIComponent(here)}`} className={buttonClasses("primary")}>
            {t("signUp")}
          </Link>
          <Link href={`/signin?next=${encodeURIComponent(here)}`} className={buttonClasses("secondary")}>
            {t("signIn")}
          </Link>
        </div>
      </>
    );
  } else if (user.companyId) {
    body = (
      <>
        <h1 className="text-2xl font-bold">{t("title", { company: invitation.companyName })}</h1>
        <p className="mt-2">{user.companyId === invitation.companyId ? t("alreadyMember", { company: invitation.companyName }) : t("alreadyOther")}</p>
        <Link href="/profile" className={buttonClasses("secondary", "mt-4")}>
          {t("toProfile")}
        </Link>
      </>
    );
  } else {
    body = (
      <>
        <h1 className="text-2xl font-bold">{t("title", { company: invitation.companyName })}</h1>
        <p className="mt-2 mb-4">{t("intro", { company: invitation.companyName })}</p>
        <JoinForm action={joinCompanyAction} token={token} companyName={invitation.companyName} />
      </>
    );
  }
  return <Card className="mx-auto w-full max-w-lg">{body}</Card>;
}
