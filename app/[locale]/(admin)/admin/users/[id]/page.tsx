import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getUserForAdmin } from "@/lib/admin/queries";
import { can, requirePagePermission } from "@/lib/auth/guard";
import { countryName } from "@/lib/countries";
import { Link } from "@/lib/i18n/navigation";
import { actionLabel } from "../../_components/action-label";
import { AuditActor, AuditDetails } from "../../_components/audit-entry";
import { RoleForm, SuspendForm, UnsuspendForm } from "../../_components/user-forms";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "admin" });
  return { title: t("userTitle") };
}

export default async function UserPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePagePermission("users.view");
  const user = await getUserForAdmin(id, locale);
  if (!user) notFound();
  const [t, tr, tc, format] = await Promise.all([
    getTranslations("admin"),
    getTranslations("roles"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const manage = can(actor, "users.manage") && actor.id !== user.id;
  const suspended = user.status === "SUSPENDED";
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/users">← {t("backToUsers")}</Link>
      </p>
      <PageHeader title={user.name} lead={user.email} />
      {suspended && (
        <Alert tone="error" className="mb-6" id="suspension-status">
          {user.suspendedUntil
            ? t("suspendedUntil", {
                date: format.dateTime(user.suspendedUntil, { dateStyle: "long", timeZone: "UTC" }),
                reason: user.suspendedReason ?? "",
              })
            : t("suspendedIndefinitely", { reason: user.suspendedReason ?? "" })}
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("details")}</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-muted">{t("role")}</dt>
            <dd>{tr(user.role)}</dd>
            <dt className="text-muted">{t("organisation")}</dt>
            <dd>{user.organisation?.name ?? "—"}</dd>
            <dt className="text-muted">{t("country")}</dt>
            <dd>{countryName(user.country, locale, tc("otherCountry"))}</dd>
            <dt className="text-muted">{t("emailVerified")}</dt>
            <dd>{user.emailVerifiedAt ? format.dateTime(user.emailVerifiedAt, { dateStyle: "medium" }) : t("no")}</dd>
            <dt className="text-muted">{t("lastLogin")}</dt>
            <dd>{user.lastLoginAt ? format.dateTime(user.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) : "—"}</dd>
            <dt className="text-muted">{t("activeSessions")}</dt>
            <dd>{format.number(user.activeSessions)}</dd>
          </dl>
        </Card>
        {manage ? (
          <Card>
            <h2 className="mb-3 text-lg font-semibold">{t("changeRole")}</h2>
            <RoleForm userId={user.id} role={user.role} />
            <h2 id="suspension-heading" className="mb-3 mt-8 text-lg font-semibold">
              {suspended ? t("liftSuspension") : t("suspend")}
            </h2>
            {/* Keyed on the saved state: after suspending, the lift form starts fresh (and the other way round). */}
            {suspended ? <UnsuspendForm key="unsuspend" userId={user.id} /> : <SuspendForm key="suspend" userId={user.id} />}
          </Card>
        ) : (
          <Card>
            <p className="text-sm text-muted">{actor.id === user.id ? t("selfNote") : t("readOnly")}</p>
          </Card>
        )}
      </div>
      <section className="mt-8" aria-labelledby="history">
        <h2 id="history" className="mb-3 text-lg font-semibold">
          {t("history")}
        </h2>
        {user.history.length === 0 ? (
          <p className="text-sm text-muted">{t("noHistory")}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {user.history.map((h) => (
              <li key={h.id} className="rounded border border-line px-3 py-2">
                <span className="font-medium">{actionLabel(t, h.action)}</span> · <AuditActor actor={h.actor} /> ·{" "}
                <time dateTime={h.createdAt.toISOString()}>
                  {format.dateTime(h.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
                <AuditDetails entry={h} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
