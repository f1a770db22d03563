"use client";

import { useTranslations } from "next-intl";
import { usePersonal } from "@/components/layout/member";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";
import type { InitiativeViewer } from "@/lib/initiatives/queries";
import { OwnerActions, ReviewActions } from "./initiative-actions";

/**
 * "Manage" on an initiative's page, for those who may: edit, verify and archive (its organisation's
 * partners, coordinators), approve or reject a suggestion (coordinators). The page is one cached
 * copy for every member (decision 013); who may comes from the server on the member's own render
 * (`initial`), else from GET /api/map/initiatives/:slug/viewer.
 */
export function InitiativeManage({
  initial,
  item,
}: {
  initial: InitiativeViewer | null;
  item: { id: string; slug: string; name: string; status: string };
}) {
  const t = useTranslations("initiatives");
  const viewer = usePersonal<InitiativeViewer>(`/api/map/initiatives/${item.slug}/viewer`, initial);
  const review = viewer?.canReview === true && item.status === "SUGGESTED";
  if (!viewer || (!viewer.canEdit && !review)) return null;
  return (
    <aside aria-labelledby="manage" className="space-y-4 rounded-lg border border-line bg-surface p-4">
      <h2 id="manage" className="text-lg font-semibold">
        {t("manage")}
      </h2>
      {viewer.canEdit && (
        <Link href={`/map/i/${item.slug}/edit`} className={buttonClasses("secondary", "sm")}>
          {t("actions.edit")}
        </Link>
      )}
      {viewer.canEdit && <OwnerActions id={item.id} status={item.status} />}
      {review && <ReviewActions id={item.id} name={item.name} />}
    </aside>
  );
}
