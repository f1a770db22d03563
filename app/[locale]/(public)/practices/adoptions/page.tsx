import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { listMyAdoptions } from "@/lib/practices/queries";
import { AdoptionsShell } from "./_components/adoptions-shell";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "practices" });
  return { title: t("myAdoptions.title"), robots: { index: false } };
}

/**
 * "My adoptions". Members get it as a shell shared from the cache (decision 013: the route entry
 * says `shared: "members"`; app/visitor/[locale]/practices/adoptions is the shell), filled in by
 * the browser from GET /api/practices/adoptions; it is rendered here per request otherwise (no
 * hint cookie yet, a query such as the no-script link's `?list=1`, `next dev`). Visitors are sent
 * to log in.
 */
export default async function MyAdoptionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("practices.adopt");
  return <AdoptionsShell initial={await listMyAdoptions(user.id, locale)} />;
}
