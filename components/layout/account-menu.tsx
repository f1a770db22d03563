"use client";

import { Bell } from "lucide-react";
import { useTranslations } from "next-intl";
import { logoutAction } from "@/lib/accounts/actions";
import { Link } from "@/lib/i18n/navigation";
import { useMember } from "./member";

/**
 * The personal part of the header (decision 013): the notifications bell and the account menu
 * for a member, "Log in" and "Join" for a visitor. On a page shared with visitors it first renders
 * the visitor's links, which CSS keeps out of sight on a member's page (`html[data-member]`, set
 * by the hint script before paint) until /api/me has answered.
 */
export function AccountMenu() {
  const t = useTranslations("nav");
  const tf = useTranslations("forum.notifications");
  const member = useMember();
  if (!member) {
    return (
      <span className="visitor-links flex items-center gap-2">
        <Link href="/login" className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-800 no-underline hover:bg-brand-50">
          {t("login")}
        </Link>
        <Link
          href="/register"
          className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-brand-800"
        >
          {t("register")}
        </Link>
      </span>
    );
  }
  const { unread, name } = member;
  return (
    <>
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
      <details className="relative">
        <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-line px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50">
          <span className="sr-only">{t("accountMenu")}: </span>
          <span aria-hidden="true" className="grid h-6 w-6 place-items-center rounded-full bg-brand-100 text-xs font-bold text-brand-800">
            {name.slice(0, 1).toUpperCase()}
          </span>
          <span className="max-w-40 truncate">{name}</span>
        </summary>
        <div className="absolute right-0 z-20 mt-2 w-56 rounded-md border border-line bg-white p-1 shadow-lg">
          <Link href="/account" className="block rounded px-3 py-2 text-sm text-ink no-underline hover:bg-brand-50">
            {t("account")}
          </Link>
          <Link href="/learning" className="block rounded px-3 py-2 text-sm text-ink no-underline hover:bg-brand-50">
            {t("learning")}
          </Link>
          {member.permissions.includes("admin.access") && (
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
    </>
  );
}
