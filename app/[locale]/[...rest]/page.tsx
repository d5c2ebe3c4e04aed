import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "errors" });
  return { title: t("notFoundTitle") };
}

/**
 * Any address under a language that no page answers: the language's own "page not found"
 * (../not-found.tsx), with the site's header and a way home, rather than the framework's bare
 * page in English, which only the explicit calls of notFound() would otherwise avoid.
 */
export default function UnknownPage(): never {
  notFound();
}
