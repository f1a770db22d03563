import { getTranslations } from "next-intl/server";
import { can, getCurrentUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { logoutAction } from "@/lib/accounts/actions";
import { QuickSearch } from "@/components/search/quick-search";
import { unreadNotificationCount } from "@/lib/forum/queries";
import { Bell } from "lucide-react";
import { LanguageSwitcher } from "./language-switcher";
import { NavLinks } from "./nav-links";

export async function SiteHeader({ locale }: { locale: string }) {
  const [t, tf, user] = await Promise.all([
    getTranslations({ locale, namespace: "nav" }),
    getTranslations({ locale, namespace: "forum.notifications" }),
    getCurrentUser(),
  ]);
  const unread = user ? await unreadNotificationCount(user.id) : 0;
  const items = [
    { href: "/knowledge", label: t("knowledge") },
    { href: "/courses", label: t("training") },
    { href: "/practices", label: t("practices") },
    { href: "/map", label: t("map") },
    { href: "/forum", label: t("forum") },
  ];
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-brand-900 no-underline" aria-label={t("homeLabel")}>
          <span aria-hidden="true" className="grid h-9 w-9 place-items-center rounded-md bg-brand-700 text-lg font-bold text-white">
            E
          </span>
          <span className="text-lg font-semibold tracking-tight">E-PANEMA</span>
        </Link>
        <NavLinks items={items} label={t("main")} menuLabel={t("menu")} />
        <QuickSearch className="order-last w-full md:order-none md:w-auto md:min-w-36 md:max-w-64 md:flex-1" />
        <div className="ml-auto flex items-center gap-2">
          <LanguageSwitcher label={t("language")} current={locale} />
          {user && (
            <Link
              href="/forum/notifications"
              aria-label={tf("bell", { count: unread })}
              className="relative grid h-9 w-9 place-items-center rounded-md border border-line text-brand-800 hover:bg-brand-50"
            >
              <Bell aria-hidden="true" className="h-5 w-5" />
              {unread > 0 && (
                <span
                  aria-hidden="true"
                  className="absolute -right-1.5 -top-1.5 min-w-5 rounded-full bg-danger px-1 text-center text-xs font-bold leading-5 text-white"
                >
                  {unread > 99 ? "99+" : unread}
                </span>
              )}
            </Link>
          )}
          {user ? (
            <details className="relative">
              <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-line px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50">
                <span className="sr-only">{t("accountMenu")}: </span>
                <span
                  aria-hidden="true"
                  className="grid h-6 w-6 place-items-center rounded-full bg-brand-100 text-xs font-bold text-brand-800"
                >
                  {user.name.slice(0, 1).toUpperCase()}
                </span>
                <span className="max-w-40 truncate">{user.name}</span>
              </summary>
              <div className="absolute right-0 z-20 mt-2 w-56 rounded-md border border-line bg-white p-1 shadow-lg">
                <Link href="/account" className="block rounded px-3 py-2 text-sm text-ink no-underline hover:bg-brand-50">
                  {t("account")}
                </Link>
                <Link href="/learning" className="block rounded px-3 py-2 text-sm text-ink no-underline hover:bg-brand-50">
                  {t("learning")}
                </Link>
                {can(user, "admin.access") && (
                  <Link href="/admin" className="block rounded px-3 py-2 text-sm text-ink no-underline hover:bg-brand-50">
                    {t("admin")}
                  </Link>
                )}
                <form action={logoutAction}>
                  <button type="submit" className="block w-full rounded px-3 py-2 text-left text-sm text-ink hover:bg-brand-50">
                    {t("logout")}
                  </button>
                </form>
              </div>
            </details>
          ) : (
            <>
              <Link href="/login" className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-800 no-underline hover:bg-brand-50">
                {t("login")}
              </Link>
              <Link
                href="/register"
                className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-brand-800"
              >
                {t("register")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
