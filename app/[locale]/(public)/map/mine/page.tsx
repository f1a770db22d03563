import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { myInitiativesPage } from "@/lib/initiatives/queries";
import { MyInitiativesShell } from "./_components/my-initiatives-shell";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "initiatives.mine" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * "My initiatives": a member's suggestions, and a partner's organisation's initiatives. Members get
 * it as a shell shared from the cache (decision 013: the route entry says `shared: "members"`;
 * app/visitor/[locale]/map/mine is the shell), filled in by the browser from GET /api/map/mine; it
 * is rendered here per request otherwise (no hint cookie yet, a query such as the no-script link's
 * `?list=1`, `next dev`). Visitors are sent to log in.
 */
export default async function MyInitiativesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("initiatives.suggest");
  return <MyInitiativesShell initial={await myInitiativesPage(user)} locale={locale} />;
}
