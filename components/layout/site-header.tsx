import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { QuickSearch } from "@/components/search/quick-search";
import { AccountMenu } from "./account-menu";
import { LanguageSwitcher } from "./language-switcher";
import { NavLinks } from "./nav-links";

/** The header every page shares; its personal part is the client's (AccountMenu, decision 013). */
export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const items = [
    { href: "/knowledge", label: t("knowledge") },
    { href: "/courses", label: t("training") },
    { href: "/practices", label: t("practices") },
    { href: "/map", label: t("map") },
    { href: "/forum", label: t("forum") },
  ];
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-brand-900 no-underline" aria-label={t("homeLabel")}>
          <span aria-hidden="true" className="grid h-9 w-9 place-items-center rounded-md bg-brand-700 text-lg font-bold text-white">
            E
          </span>
          <span className="text-lg font-semibold tracking-tight">E-PANEMA</span>
        </Link>
        <NavLinks items={items} label={t("main")} menuLabel={t("menu")} />
        <QuickSearch className="order-last w-full md:order-none md:w-auto md:min-w-36 md:max-w-56 md:flex-1" />
        <div className="ml-auto flex items-center gap-2">
          <LanguageSwitcher label={t("language")} current={locale} />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
