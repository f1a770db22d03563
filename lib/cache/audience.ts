import "server-only";
import { cache } from "react";
import { type CurrentUser, getCurrentUser } from "@/lib/auth/session";

// Which copy of a cached page is being rendered (decision 013). The visitor tree renders without a
// request, so "who reads" cannot come from a session: pages of the members' copy
// (app/visitor/[locale]/members/…, shared by every member) are marked here by their wrapper
// (lib/cache/visitor.tsx) before they render. Per render, like next-intl's setRequestLocale.

const copy = cache(() => ({ members: false }));

/** This render is the copy every member shares: content members may read, nothing about one of them. */
export function renderAsMembersCopy(): void {
  copy().members = true;
}

export function isMembersCopy(): boolean {
  return copy().members;
}

/**
 * Any member: the reader of a copy every member shares. Its role is the base member role, whose
 * permissions every member has (lib/auth/permissions.ts); it has no id and no organisation, so
 * nothing personal (unread marks, one's own adoption, authorship) is read for it — the browser
 * fills those in.
 */
export const ANY_MEMBER = { id: "", role: "LIBRARIAN", organisationId: null } as const satisfies Pick<
  CurrentUser,
  "id" | "role" | "organisationId"
>;

/** Who a page that has a members' copy is rendered for: the signed-in member, a visitor, or ANY_MEMBER in that copy. */
export async function pageReader(): Promise<CurrentUser | typeof ANY_MEMBER | null> {
  return isMembersCopy() ? ANY_MEMBER : getCurrentUser();
}
