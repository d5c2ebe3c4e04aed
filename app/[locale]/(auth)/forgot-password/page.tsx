import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { Card } from "@/components/ui/card";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { forgotPasswordAction } from "../password-actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("forgotTitle") };
}

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("auth");
  return (
    <Card className="mx-auto w-full max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("forgotTitle")}</h1>
      <p className="mb-4 text-slate-700">{t("forgotIntro")}</p>
      <ForgotPasswordForm action={forgotPasswordAction} />
      <p className="mt-4">
        <Link href="/signin" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </Card>
  );
}
