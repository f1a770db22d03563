import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { requirePagePermission } from "@/lib/auth/guard";
import { forumSettings } from "@/lib/forum/queries";
import { SettingsForm } from "../_components/settings-form";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "forum.settings" });
  return { title: t("title") };
}

export default async function ForumSettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePagePermission("forum.settings");
  const [t, settings] = await Promise.all([getTranslations("forum.settings"), forumSettings()]);
  return (
    <ClientMessages namespaces={["forum"]}>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("lead")}</p>
      <SettingsForm values={settings} />
    </ClientMessages>
  );
}
