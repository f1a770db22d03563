"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";
import { PersonalLoading, usePersonalPage } from "@/components/layout/member";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { AccountView } from "@/lib/accounts/queries";
import { ChangePasswordForm, DeleteAccountForm, ProfileForm, SessionList } from "./account-forms";
import { deviceParts } from "./device-name";

type Option = { value: string; label: string };

/**
 * The account page's content. The page around it is the same for every member (decision 013: a
 * shell from the cache); the account comes from the server when it rendered the page for this
 * member (`initial`), else from GET /api/account. Nobody signed in: off to the login page, as the
 * rendered page would have sent them. Without JavaScript: a link to the member's own render.
 */
export function AccountScreen({ initial, countries }: { initial: AccountView | null; countries: Option[] }) {
  const t = useTranslations("account");
  const tr = useTranslations("roles");
  const format = useFormatter();
  // Relative times ("3 minutes ago") against the reader's clock, kept current while the page is open.
  const now = useNow({ updateInterval: 60_000 });
  const account = usePersonalPage<AccountView>("/api/account", initial);
  if (!account) {
    return (
      <PageHeader title={t("title")}>
        <PersonalLoading loading={t("loading")} fallback={t("show")} href="?show=1" className="mt-2 text-lg text-muted" />
      </PageHeader>
    );
  }
  const deviceName = (userAgent: string | null) => {
    const { browser, os } = deviceParts(userAgent);
    if (browser && os) return t("deviceName", { browser, os });
    return browser ?? (os ? t("deviceName", { browser: t("unknownBrowser"), os }) : t("unknownDevice"));
  };
  const current = account.sessions.find((s) => s.current)?.id ?? "";
  return (
    <>
      <PageHeader
        title={t("title")}
        lead={t("lead", { role: tr(account.role), date: format.dateTime(new Date(account.createdAt), { dateStyle: "long" }) })}
      />
      {account.pendingOrganisation && (
        <Alert tone="info" className="mb-6">
          {t("membershipPending", { organisation: account.pendingOrganisation })}
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-4 text-xl font-semibold">{t("profile")}</h2>
          <p className="mb-4 text-sm text-muted">
            {t("emailIs", { email: account.email })}
            {account.organisation && <> · {t("organisationIs", { organisation: account.organisation })}</>}
          </p>
          <ProfileForm defaults={account.profile} countries={countries} />
        </Card>
        <Card>
          <h2 className="mb-4 text-xl font-semibold">{t("password")}</h2>
          <ChangePasswordForm />
        </Card>
        <Card>
          <h2 className="mb-4 text-xl font-semibold">{t("sessions")}</h2>
          <SessionList
            currentId={current}
            sessions={account.sessions.map((s) => ({
              id: s.id,
              device: deviceName(s.userAgent),
              started: format.dateTime(new Date(s.createdAt), { dateStyle: "medium", timeStyle: "short" }),
              lastSeen: format.relativeTime(new Date(s.lastSeenAt), now),
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
    </>
  );
}
