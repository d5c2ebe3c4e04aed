import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AcceptOrganiserForm } from "@/components/organiser/setup/accept-organiser-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { findUserByEmail } from "@/db/users";
import { getCurrentUser } from "@/lib/auth/session";
import { describeOrganiserInvitation } from "@/lib/forum-setup/organisers";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import type { Locale } from "@/lib/i18n/routing";
import { organiserTokenSchema } from "@/lib/schemas/organisers";
import { acceptOrganiserInvitationAction } from "./actions";

type Params = Promise<{ locale: Locale; token: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "organiserInvitation" });
  // The token is in the address: never hand it to another site as a referrer.
  return { title: t("title"), referrer: "no-referrer", robots: { index: false } };
}

export default async function OrganiserInvitationPage({ params }: { params: Params }) {
  await pageLocale(params);
  const { token } = await params;
  const [t, errors, user] = await Promise.all([getTranslations("organiserInvitation"), getTranslations("setupErrors"), getCurrentUser()]);
  const invitation = organiserTokenSchema.safeParse(token).success ? await describeOrganiserInvitation(token) : ({ state: "unknown" } as const);
  const here = `/organiser-invitation/${token}`;
  let body: React.ReactNode;
  if (invitation.state !== "open") {
    const code = { used: "invitationUsed", expired: "invitationExpired", revoked: "invitationRevoked", unknown: "invitationUnknown" }[invitation.state];
    body = <p className="mt-2">{errors(code)}</p>;
  } else if (user && user.email !== invitation.email) {
    body = <p className="mt-2">{t("otherAccount", { email: invitation.email! })}</p>;
  } else if (user?.role === "organiser") {
    body = (
      <>
        <p className="mt-2">{t("alreadyOrganiser")}</p>
        <Link href="/organiser" className={buttonClasses("secondary", "mt-4")}>
          {t("toConsole")}
        </Link>
      </>
    );
  } else if (!user && (await findUserByEmail(invitation.email!))) {
    body = (
      <>
        <p className="mt-2">{t("signInFirst", { email: invitation.email! })}</p>
        <Link href={`/signin?next=${encodeURIComponent(here)}`} className={buttonClasses("primary", "mt-4")}>
          {t("signIn")}
        </Link>
      </>
    );
  } else {
    body = (
      <>
        <p className="mt-2 mb-4">{t("intro")}</p>
        <AcceptOrganiserForm action={acceptOrganiserInvitationAction} token={token} email={invitation.email!} newAccount={!user} />
      </>
    );
  }
  return (
    <Card className="mx-auto w-full max-w-lg">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {body}
    </Card>
  );
}
