import "server-only";
import { cache } from "react";

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
