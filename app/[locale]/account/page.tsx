import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { accountView } from "@/lib/accounts/queries";
import { requirePagePermission } from "@/lib/auth/guard";
import { AccountShell } from "./_components/account-shell";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" });
  return { title: t("title") };
}

/**
 * The account page. Members get it as a shell shared from the cache (decision 013: the route entry
 * says `shared: "members"`; app/visitor/[locale]/account is the shell), filled in by the browser
 * from GET /api/account; it is rendered here per request otherwise (no hint cookie yet, `next
 * dev`), with the account from the server. Visitors are sent to log in.
 */
export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("account.manage");
  return <AccountShell initial={await accountView(user)} />;
}
