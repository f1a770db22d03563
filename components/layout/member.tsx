"use client";

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
  useEffect(() => {
    if (initial || !hasHint()) {
      setFetched(null);
      return;
    }
    let live = true;
    setFetched(undefined);
    const done = (found: MemberHeader | null) => {
      if (!live) return;
      if (!found) {
        // The session has ended (expired, revoked, logged out elsewhere): forget the hint.
        // biome-ignore lint/suspicious/noDocumentCookie: a non-secret hint the proxy also clears
        document.cookie = `${MEMBER_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
        document.documentElement.removeAttribute("data-member");
      }
      setFetched(found);
    };
    fetch("/api/me", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((res) => (res.ok ? (res.json() as Promise<{ member: MemberHeader | null }>) : { member: null }))
      .then((body) => done(body.member))
      .catch(() => done(null));
    return () => {
      live = false;
    };
  }, [initial]);
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
