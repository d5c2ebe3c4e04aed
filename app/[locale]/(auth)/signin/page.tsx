import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { signInAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("signInTitle") };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[]; password?: string | string[] }>;
}) {
  await pageLocale(params);
  const { next, password } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <Card className="mx-auto w-full max-w-md">
      <h1 className="mb-4 text-2xl font-bold">{t("signInTitle")}</h1>
      {password === "changed" && (
        <p role="status" className="mb-4 rounded-lg bg-emerald-50 p-3 font-medium text-emerald-900">
          {t("resetDone")}
        </p>
      )}
      <SignInForm action={signInAction} next={typeof next === "string" ? next : undefined} />
      <p className="mt-2">
        <Link href="/forgot-password" className="inline-flex min-h-11 items-center font-semibold text-emerald-900 underline">
          {t("forgotLink")}
        </Link>
      </p>
      <p className="mt-4">
        {t("noAccount")}{" "}
        <Link href="/signup" className="font-semibold text-emerald-900 underline">
          {t("signUpLink")}
        </Link>
      </p>
    </Card>
  );
}
