"use client";

import { usePathname, useRouter } from "next/navigation";
import { useLocale } from "next-intl";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from "react";
import type { MemberHeader } from "@/lib/accounts/queries";
import type { Permission } from "@/lib/auth/permissions";
import { MEMBER_HINT_COOKIE } from "@/lib/security/member-hint.mjs";

// The signed-in member, in the browser (decision 013). A page rendered for one member gets it from
// the server (`initial`); a page shared with visitors (the same cached HTML for everyone) gets
// null and, when the hint cookie says there is a session, asks /api/me once.
//
// A shared page with more personal parts than the header (a forum thread: the reply form, one's own
// posts, reactions, moderation) asks for them the same way, with `usePersonal(url, initial)`. After
// a write, `useRefresh()` renders the page again and asks for every personal part again.

/** Sent on `window` when what a member sees may have changed (a write): personal parts ask again. */
export const PERSONAL_REFRESH_EVENT = "epanema:personal-refresh";

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
  useEffect(() => {
    const onRefresh = () => setRestored((n) => n + 1);
    window.addEventListener(PERSONAL_REFRESH_EVENT, onRefresh);
    return () => window.removeEventListener(PERSONAL_REFRESH_EVENT, onRefresh);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `restored` re-runs the check on a page restored from the back/forward cache, or after a write
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
    // A first check shows nothing yet; a refresh keeps what it shows until the answer comes.
    setFetched((shown) => shown ?? undefined);
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

/**
 * One personal part of a page shared with visitors: `initial` when the server rendered the page for
 * this member (null on the shared page), else what `url` answers (`{ viewer: T | null }`; a 401 is
 * null), asked only when the hint cookie says there is a session. Asked again after a write
 * (`useRefresh`) and when `url` changes. undefined until it is known (as on the server: the shared
 * HTML is the visitor's); null for a visitor.
 */
export function usePersonalState<T>(url: string, initial: T | null): T | null | undefined {
  return usePersonalAnswer(url, initial).value;
}

/** What `usePersonalState` asks, and whether the answer was a 403 (a member without the permission). */
function usePersonalAnswer<T>(url: string, initial: T | null): { value: T | null | undefined; forbidden: boolean } {
  const [fetched, setFetched] = useState<{ url: string; value: T | null; forbidden?: true } | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const onRefresh = () => setRound((n) => n + 1);
    window.addEventListener(PERSONAL_REFRESH_EVENT, onRefresh);
    return () => window.removeEventListener(PERSONAL_REFRESH_EVENT, onRefresh);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks again after a write
  useEffect(() => {
    if (initial !== null) {
      setFetched(null);
      return;
    }
    if (!hasHint()) {
      setFetched({ url, value: null });
      return;
    }
    let live = true;
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then((res) => {
        if (res.status === 401) return { viewer: null };
        // Nothing of this member's to show: for a shared page's part, as for a visitor.
        if (res.status === 403) return { viewer: null, forbidden: true as const };
        return res.ok ? (res.json() as Promise<{ viewer: T | null; forbidden?: true }>) : null;
      })
      // An error keeps what is shown (a refresh that failed must not take the reply form away).
      .then((body) => live && body && setFetched({ url, value: body.viewer, forbidden: body.forbidden }))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [url, initial, round]);
  if (initial !== null) return { value: initial, forbidden: false };
  return fetched?.url === url ? { value: fetched.value, forbidden: fetched.forbidden === true } : { value: undefined, forbidden: false };
}

/**
 * The same, null until known: for parts that add to the visitor's page (a thread's reply form),
 * where what only a visitor should see carries the `visitor-links` class, hidden while the hint
 * cookie is set.
 */
export function usePersonal<T>(url: string, initial: T | null): T | null {
  return usePersonalState(url, initial) ?? null;
}

/**
 * After a write: renders the page again (router.refresh) and asks every personal part again. On a
 * shared page the render is the shared one (dropped by the write's invalidation), and the personal
 * parts come from their JSON; on a member's own page, from the new render.
 */
export function useRefresh(): () => void {
  const router = useRouter();
  return useCallback(() => {
    router.refresh();
    window.dispatchEvent(new Event(PERSONAL_REFRESH_EVENT));
  }, [router]);
}

/**
 * The content of a page all personal (a members-only shell from the cache: the account page, "My
 * learning", the notifications): `usePersonalState`, and when there is no one (a session that has
 * ended, or never was), off to the login page, as the page rendered per request would have sent them.
 * A member whose role lacks the page's permission (a librarian at "My case studies": the JSON
 * answers 403) goes to their own render of the address (a query keeps it out of the cache), which
 * answers with the forbidden page and its 403 status, as a page rendered per request would have.
 * Both are undefined here meanwhile: the page keeps showing its loading line.
 */
export function usePersonalPage<T>(url: string, initial: T | null): T | null | undefined {
  const { value, forbidden } = usePersonalAnswer(url, initial);
  const locale = useLocale();
  useEffect(() => {
    if (forbidden) window.location.replace(`${window.location.pathname}?${OWN_RENDER_QUERY}`);
    else if (value === null) window.location.replace(`/${locale}/login`);
  }, [value, forbidden, locale]);
  return forbidden ? undefined : value;
}

/**
 * What a shared page shows while its personal part is being asked for: a loading line (busy, for
 * assistive technology and for tests that wait for the page to settle). Without JavaScript nothing
 * will ask: a link to the member's own render of the page instead (`href`, a query: any query keeps
 * a page out of the cache).
 */
export function PersonalLoading({
  loading,
  fallback,
  href,
  className,
}: {
  loading: string;
  fallback: string;
  href: string;
  className?: string;
}) {
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  return scripted ? (
    <p role="status" aria-busy="true" className={className}>
      {loading}
    </p>
  ) : (
    <noscript>
      <p className={className}>
        <a href={href}>{fallback}</a>
      </p>
    </noscript>
  );
}

/** The query that keeps a page out of the cache for the member's own render (see `OwnRender`). */
export const OWN_RENDER_QUERY = "as=me";

/**
 * What a page of a members' copy shows in place of content that only some members may read (an
 * initiative still under review, which its suggester and the coordinators read): the member's own
 * render of the same address, where the page finds them (a query keeps a page out of the cache) and
 * shows it, or says it does not exist. Without JavaScript, a link to it.
 */
export function OwnRender({ loading, fallback }: { loading: string; fallback: string }) {
  useEffect(() => {
    window.location.replace(`${window.location.pathname}?${OWN_RENDER_QUERY}`);
  }, []);
  return <PersonalLoading loading={loading} fallback={fallback} href={`?${OWN_RENDER_QUERY}`} />;
}
