import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getAccount, listMySessions } from "@/lib/accounts/queries";
import { requirePagePermission } from "@/lib/auth/guard";
import { countryOptions } from "@/lib/countries";
import { ChangePasswordForm, DeleteAccountForm, ProfileForm, SessionList } from "./_components/account-forms";
import { deviceParts } from "./_components/device-name";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" });
  return { title: t("title") };
}

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("account.manage");
  const [t, tc, tr, format, account, sessions] = await Promise.all([
    getTranslations("account"),
    getTranslations("common"),
    getTranslations("roles"),
    getFormatter(),
    getAccount(user.id),
    listMySessions(user.id),
  ]);
  const deviceName = (userAgent: string | null) => {
    const { browser, os } = deviceParts(userAgent);
    if (browser && os) return t("deviceName", { browser, os });
    return browser ?? (os ? t("deviceName", { browser: t("unknownBrowser"), os }) : t("unknownDevice"));
  };
  return (
    <Container>
      <PageHeader
        title={t("title")}
        lead={t("lead", { role: tr(account.role), date: format.dateTime(account.createdAt, { dateStyle: "long" }) })}
      />
      {account.membershipRequests.length > 0 && (
        <Alert tone="info" className="mb-6">
          {t("membershipPending", { organisation: account.membershipRequests[0].organisation.name })}
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-4 text-xl font-semibold">{t("profile")}</h2>
          <p className="mb-4 text-sm text-muted">
            {t("emailIs", { email: account.email })}
            {account.organisation && <> · {t("organisationIs", { organisation: account.organisation.name })}</>}
          </p>
          <ProfileForm
            defaults={{ name: account.name, country: account.country, locale: account.locale }}
            countries={countryOptions(locale, tc("otherCountry")).map((c) => ({ value: c.code, label: c.name }))}
          />
        </Card>
        <Card>
          <h2 className="mb-4 text-xl font-semibold">{t("password")}</h2>
          <ChangePasswordForm />
        </Card>
        <Card>
          <h2 className="mb-4 text-xl font-semibold">{t("sessions")}</h2>
          <SessionList
            currentId={user.sessionId}
            sessions={sessions.map((s) => ({
              id: s.id,
              device: deviceName(s.userAgent),
              started: format.dateTime(s.createdAt, { dateStyle: "medium", timeStyle: "short" }),
              lastSeen: format.relativeTime(s.lastSeenAt),
            }))}
          />
        </Card>
        <Card>
          <h2 className="mb-2 text-xl font-semibold">{t("yourData")}</h2>
          <p className="mb-4 text-sm text-muted">{t("yourDataText")}</p>
          <a href="/api/account/export" download className="font-medium">
            {t("download")}
          </a>
          <h3 className="mb-2 mt-8 text-lg font-semibold text-danger">{t("deleteTitle")}</h3>
          <p className="mb-4 text-sm text-muted">{t("deleteText")}</p>
          <DeleteAccountForm />
        </Card>
      </div>
    </Container>
  );
}
