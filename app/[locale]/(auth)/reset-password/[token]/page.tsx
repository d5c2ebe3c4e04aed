import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { describePasswordReset } from "@/lib/auth/password-reset";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { resetPasswordAction } from "../../password-actions";

type Params = Promise<{ locale: string; token: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  // The token is in the address: never hand it to another site as a referrer.
  return { title: t("resetTitle"), referrer: "no-referrer", robots: { index: false } };
}

export default async function ResetPasswordPage({ params }: { params: Params }) {
  await pageLocale(params);
  const { token } = await params;
  const [t, errors, state] = await Promise.all([getTranslations("auth"), getTranslations("errors"), describePasswordReset(token)]);
  const code = { used: "resetLinkUsed", replaced: "resetLinkReplaced", expired: "resetLinkExpired", unknown: "resetLinkUnknown" } as const;
  return (
    <Card className="mx-auto w-full max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t("resetTitle")}</h1>
      {state === "open" ? (
        <ResetPasswordForm action={resetPasswordAction} token={token} />
      ) : (
        <div className="flex flex-col gap-4">
          <p>{errors(code[state])}</p>
          <Link href="/forgot-password" className={buttonClasses("primary")}>
            {t("resetAskAgain")}
          </Link>
        </div>
      )}
    </Card>
  );
}
