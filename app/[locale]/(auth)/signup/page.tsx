import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { signUpAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("signUpTitle") };
}

export default async function SignUpPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  await pageLocale(params);
  // An invitation link sends a new colleague here, to come back to it once signed up.
  const { next } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <Card className="mx-auto w-full max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("signUpTitle")}</h1>
      <p className="mb-4 text-slate-700">{t("signUpIntro")}</p>
      <SignUpForm action={signUpAction} next={typeof next === "string" ? next : undefined} />
      <p className="mt-4">
        {t("haveAccount")}{" "}
        <Link href="/signin" className="font-semibold text-emerald-900 underline">
          {t("signInLink")}
        </Link>
      </p>
    </Card>
  );
}
