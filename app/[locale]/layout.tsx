import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { MemberProvider } from "@/components/layout/member";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { Announcer } from "@/components/ui/announcer";
import { memberHeader } from "@/lib/accounts/queries";
import { getCurrentUser } from "@/lib/auth/guard";
import { routing } from "@/lib/i18n/routing";
import { MEMBER_HINT_SCRIPT } from "@/lib/security/member-hint.mjs";
import "../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    title: { default: t("title"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    applicationName: "E-PANEMA",
  };
}

export const viewport: Viewport = { themeColor: "#0b5564", width: "device-width", initialScale: 1 };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // In the visitor tree (pages shared with visitors, decision 011/013) there is no request: no
  // session, no nonce (the server hashes the hint script instead), and the browser asks /api/me.
  const [t, user, requestHeaders] = await Promise.all([getTranslations({ locale, namespace: "nav" }), getCurrentUser(), headers()]);
  const member = user ? await memberHeader(user) : null;
  return (
    // The hint script below sets data-member on <html> before React hydrates it.
    <html lang={locale} dir="ltr" suppressHydrationWarning>
      <body className="flex min-h-screen flex-col bg-white">
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant of the app (lib/security/member-hint.mjs), hashed on cached pages */}
        <script nonce={requestHeaders.get("x-nonce") ?? undefined} dangerouslySetInnerHTML={{ __html: MEMBER_HINT_SCRIPT }} />
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-brand-800 px-4 py-2 text-white focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
        >
          {t("skipToContent")}
        </a>
        <ClientMessages>
          <MemberProvider initial={member}>
            <SiteHeader locale={locale} />
            <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
              {children}
            </main>
            <SiteFooter locale={locale} />
          </MemberProvider>
        </ClientMessages>
        <Announcer label={t("announcements")} />
      </body>
    </html>
  );
}
