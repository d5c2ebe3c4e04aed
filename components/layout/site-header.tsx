import { getTranslations } from "next-intl/server";
import { MeetingNavLinks } from "@/components/requests/meeting-nav-links";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { LocaleSwitcher } from "./locale-switcher";
import { SignOutButton } from "./sign-out-button";

const linkClass =
  "inline-flex min-h-11 items-center rounded px-2 font-medium text-emerald-950 hover:underline focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const tp = await getTranslations({ locale, namespace: "profile" });
  const user = await getCurrentUser();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href="/" className={`${linkClass} text-lg font-bold`}>
          Passerelle
        </Link>
        <nav aria-label={t("main")} className="flex flex-wrap items-center gap-1">
          {user && (
            <Link href="/schedule" className={linkClass}>
              {t("schedule")}
            </Link>
          )}
          {user?.role === "participant" && user.companyId && (
            <Link href="/companies" className={linkClass}>
              {t("companies")}
            </Link>
          )}
          {user?.role === "participant" && user.companyId && (
            <MeetingNavLinks locale={locale} companyId={user.companyId} className={linkClass} />
          )}
          {user?.role === "participant" && (
            <Link href="/profile" className={linkClass}>
              {tp("navLink")}
            </Link>
          )}
          {user?.role === "organiser" && (
            <Link href="/organiser" className={linkClass}>
              {t("organiser")}
            </Link>
          )}
          {user ? (
            <SignOutButton locale={locale} label={t("signOut")} />
          ) : (
            <>
              <Link href="/signin" className={linkClass}>
                {t("signIn")}
              </Link>
              <Link href="/signup" className={linkClass}>
                {t("signUp")}
              </Link>
            </>
          )}
        </nav>
        <LocaleSwitcher label={t("language")} current={locale} />
      </div>
    </header>
  );
}
