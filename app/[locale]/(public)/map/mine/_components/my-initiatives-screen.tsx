"use client";

import { useLocale, useTranslations } from "next-intl";
import { InitiativeListItem } from "@/components/initiatives/initiative-card";
import { PersonalLoading, usePersonalPage } from "@/components/layout/member";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/lib/i18n/navigation";
import type { MyInitiatives } from "@/lib/initiatives/queries";

/**
 * A member's suggestions, and a partner's organisation's initiatives with the ones to verify first.
 * The page around them is the same for every member (decision 013: a shell from the cache); they
 * come from the server when it rendered the page for this member (`initial`), else from GET
 * /api/map/mine.
 */
export function MyInitiativesScreen({ initial }: { initial: MyInitiatives | null }) {
  const t = useTranslations("initiatives.mine");
  const locale = useLocale();
  const mine = usePersonalPage<MyInitiatives>("/api/map/mine", initial);
  if (!mine) {
    return <PersonalLoading loading={t("loading")} fallback={t("showList")} href="?list=1" className="text-muted" />;
  }
  const organisation = mine.organisation?.initiatives ?? [];
  const overdue = organisation.filter((i) => i.overdue && i.status === "PUBLISHED");
  return (
    <>
      {overdue.length > 0 && (
        <Alert tone="warning" className="mb-6">
          {t("overdue", { count: overdue.length })}
        </Alert>
      )}
      <section aria-labelledby="my-suggestions" className="mb-10">
        <h2 id="my-suggestions" className="text-xl font-semibold">
          {t("suggestions")}
        </h2>
        {mine.suggestions.length === 0 ? (
          <p className="mt-2 text-muted">
            {t("noSuggestions")} <Link href="/map/suggest">{t("suggestOne")}</Link>
          </p>
        ) : (
          <ul className="divide-y divide-line">
            {mine.suggestions.map((item) => (
              <li key={item.id}>
                <InitiativeListItem item={item} locale={locale} headingLevel={3} />
                {item.status === "REJECTED" && item.rejectionReason && (
                  <p className="-mt-3 pb-4 text-sm text-danger">{t("reason", { reason: item.rejectionReason })}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {mine.organisation && (
        <section aria-labelledby="my-organisation">
          <h2 id="my-organisation" className="text-xl font-semibold">
            {t("organisation", { name: mine.organisation.name })}
          </h2>
          {organisation.length === 0 ? (
            <p className="mt-2 text-muted">{t("noneForOrganisation")}</p>
          ) : (
            <ul className="divide-y divide-line">
              {[...overdue, ...organisation.filter((i) => !overdue.includes(i))].map((item) => (
                <li key={item.id}>
                  <InitiativeListItem item={item} locale={locale} headingLevel={3} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
