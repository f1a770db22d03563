"use client";

import { usePathname } from "next/navigation";
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import type { MemberHeader } from "@/lib/accounts/queries";
import type { Permission } from "@/lib/auth/permissions";
import { MEMBER_HINT_COOKIE } from "@/lib/security/member-hint.mjs";

// The signed-in member, in the browser (decision 013). A page rendered for one member gets it from
// the server (`initial`); a page shared with visitors (the same cached HTML for everyone) gets
// null and, when the hint cookie says there is a session, asks /api/me once.

/** undefined: still asking; null: a visitor (or a session that has ended). */
type State = MemberHeader | null | undefined;

const MemberContext = createContext<State>(null);

const hasHint = () => document.cookie.split("; ").includes(`${MEMBER_HINT_COOKIE}=1`);

export function MemberProvider({ initial, children }: { initial: MemberHeader | null; children: ReactNode }) {
  // The layout stays mounted across client navigations (a login lands on a page of the same
  // layout): what the server says now wins over what was fetched before.
  const [fetched, setFetched] = useState<State>(null);
  // A page restored from the back/forward cache after a logout must not show the member.
  const [restored, setRestored] = useState(0);
  const pathname = usePathname();
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) setRestored((n) => n + 1);
    };
    window.addEventListener("pageshow", onShow);
    return () => window.removeEventListener("pageshow", onShow);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `restored` re-runs the check on a page restored from the back/forward cache
  useEffect(() => {
    const hinted = hasHint();
    if (initial) {
      setFetched(null);
      return;
    }
    if (!hinted) {
      document.documentElement.removeAttribute("data-member");
      setFetched(null);
      return;
    }
    let live = true;
    setFetched(undefined);
    const done = (found: MemberHeader | null) => {
      if (!live) return;
      // Nobody (the server has dropped an ended session's cookies and the hint) or an error (the
      // hint stays for the next page): either way, this page shows the visitor's links.
      if (!found) document.documentElement.removeAttribute("data-member");
      setFetched(found);
    };
    fetch("/api/me", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((res) => (res.ok ? (res.json() as Promise<{ member: MemberHeader | null }>) : { member: null }))
      .then((body) => done(body.member))
      .catch(() => done(null));
    return () => {
      live = false;
    };
  }, [initial, restored]);
  // A client navigation after a logout (the hint is gone with the session) shows the visitor's header.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-checked on every client navigation
  useEffect(() => {
    if (initial || hasHint()) return;
    document.documentElement.removeAttribute("data-member");
    setFetched(null);
  }, [pathname, initial]);
  return <MemberContext value={initial ?? fetched}>{children}</MemberContext>;
}

/** The member the page is shown to: null for a visitor, undefined while a shared page asks. */
export function useMember(): State {
  return useContext(MemberContext);
}

/**
 * Shows its children only to a member whose role has the permission (links to pages that check it
 * again on the server: this only decides what a shared page shows).
 */
export function Can({ permission, children }: { permission: Permission; children: ReactNode }) {
  const member = useMember();
  return member?.permissions.includes(permission) ? children : null;
}
