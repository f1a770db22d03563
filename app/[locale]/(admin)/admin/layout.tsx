import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { can, requirePagePermission } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/permissions";
import { AdminNav } from "./_components/admin-nav";

// The layout only draws the navigation; each page checks its own permission because a
// layout check does not protect a page rendered on its own (or that page's actions).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requirePagePermission("admin.access");
  const t = await getTranslations("admin");
  const items: { href: string; label: string; permission: Permission }[] = [
    { href: "/admin", label: t("nav.dashboard"), permission: "admin.access" },
    { href: "/admin/review", label: t("nav.review"), permission: "practices.review" },
    { href: "/admin/users", label: t("nav.users"), permission: "users.view" },
    { href: "/admin/memberships", label: t("nav.memberships"), permission: "membership.review" },
    { href: "/admin/organisations", label: t("nav.organisations"), permission: "organisations.manage" },
    { href: "/admin/translations", label: t("nav.translations"), permission: "knowledge.edit" },
    { href: "/admin/forum", label: t("nav.forum"), permission: "forum.moderate" },
    { href: "/admin/reports/training", label: t("nav.trainingReport"), permission: "reports.view" },
    { href: "/admin/forum/settings", label: t("nav.forumSettings"), permission: "forum.settings" },
    { href: "/admin/initiatives", label: t("nav.initiatives"), permission: "initiatives.review" },
    { href: "/admin/audit", label: t("nav.audit"), permission: "audit.view" },
  ];
  return (
    // minmax(0, 1fr): a wide table or a long word must not widen the page past a phone's screen.
    <div className="mx-auto grid max-w-6xl grid-cols-[minmax(0,1fr)] gap-8 px-4 py-8 md:grid-cols-[200px_minmax(0,1fr)]">
      <AdminNav label={t("nav.label")} items={items.filter((i) => can(user, i.permission)).map(({ href, label }) => ({ href, label }))} />
      <div className="min-w-0">
        <ClientMessages namespaces={["admin", "roles"]}>{children}</ClientMessages>
      </div>
    </div>
  );
}
