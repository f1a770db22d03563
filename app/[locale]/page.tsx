import { BookOpen, GraduationCap, Lightbulb, Map as MapIcon, MessagesSquare, Search } from "lucide-react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/lib/i18n/navigation";
import { HomeActions } from "./_components/home-actions";

export default async function HomePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ deleted?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  // The same page for everyone (decision 013): the greeting of a member comes from the browser.
  const [t, { deleted }] = await Promise.all([getTranslations("home"), searchParams]);
  const pillars = [
    { href: "/map", icon: MapIcon, title: t("mapTitle"), text: t("mapText") },
    { href: "/knowledge", icon: BookOpen, title: t("knowledgeTitle"), text: t("knowledgeText") },
    { href: "/practices", icon: Lightbulb, title: t("practicesTitle"), text: t("practicesText") },
    { href: "/courses", icon: GraduationCap, title: t("coursesTitle"), text: t("coursesText") },
    { href: "/forum", icon: MessagesSquare, title: t("forumTitle"), text: t("forumText") },
    { href: "/search", icon: Search, title: t("searchTitle"), text: t("searchText") },
  ];
  return (
    <>
      <section className="bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto max-w-6xl px-4 py-16 md:py-20">
          {deleted && (
            <Alert tone="success" className="mb-6">
              {t("accountDeleted")}
            </Alert>
          )}
          <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t("eyebrow")}</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight md:text-5xl">{t("title")}</h1>
          <p className="mt-5 max-w-2xl text-lg text-muted">{t("lead")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ClientMessages namespaces={["home.welcome", "home.welcomeBack", "home.join", "home.learnMore"]}>
              <HomeActions />
            </ClientMessages>
          </div>
        </div>
      </section>
      <section aria-labelledby="pillars" className="mx-auto max-w-6xl px-4 py-12">
        <h2 id="pillars" className="text-2xl font-bold">
          {t("pillarsTitle")}
        </h2>
        <ul className="mt-6 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {pillars.map(({ href, icon: Icon, title, text }) => (
            <li key={href}>
              <Link
                href={href}
                className="group block h-full rounded-lg border border-line bg-white p-5 no-underline shadow-sm hover:border-brand-600"
              >
                <Icon aria-hidden="true" className="h-7 w-7 text-brand-700" />
                <h3 className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-lg font-semibold">
                  <span className="group-hover:underline">{title}</span>
                </h3>
                <p className="mt-1 text-sm text-muted">{text}</p>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="partnership" className="mx-auto max-w-6xl px-4 pb-4">
        <div className="rounded-lg bg-surface p-6">
          <h2 id="partnership" className="text-xl font-bold">
            {t("partnershipTitle")}
          </h2>
          <p className="mt-2 max-w-3xl text-muted">{t("partnershipText")}</p>
        </div>
      </section>
    </>
  );
}
