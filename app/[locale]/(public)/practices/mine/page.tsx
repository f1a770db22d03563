import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { ownPractices } from "@/lib/practices/queries";
import { MyPracticesShell } from "./_components/my-practices-shell";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "practices" });
  return { title: t("mine.title"), robots: { index: false } };
}

/**
 * "Our case studies": the organisation's, whatever their status. Members get it as a shell shared
 * from the cache (decision 013: the route entry says `shared: "members"`;
 * app/visitor/[locale]/practices/mine is the shell), filled in by the browser from GET
 * /api/practices/mine; it is rendered here per request otherwise (no hint cookie yet, a query such
 * as the no-script link's `?list=1`, `next dev`). Visitors are sent to log in; a role that does not
 * write case studies gets the forbidden page.
 */
export default async function MyPracticesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("practices.write");
  return <MyPracticesShell initial={await ownPractices(user)} />;
}
