import { unstable_cache } from "next/cache";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/guard";
import { renderAsMembersCopy } from "./audience";

type PageProps<P, Q> = { params: Promise<P>; searchParams: Promise<Q> };

/**
 * A page of the visitor tree that needs more than a re-export: the query parameters the proxy
 * turned into path segments go back to the page as `searchParams`, and `tags` label the cache
 * entry so that a write can drop exactly these pages (lib/cache/revalidate.ts).
 */
export function visitorPage<A extends Record<string, string>, Q extends Record<string, string | undefined>, P extends A = A>(
  Page: (props: PageProps<A, Q>) => Promise<ReactNode> | ReactNode,
  options: { query?: (params: P) => Q; tags?: (params: P) => string[]; members?: true },
) {
  return async function VisitorPage({ params }: { params: Promise<P> }) {
    // The copy every member shares (decision 013): what members may read, nothing about one of them.
    if (options.members) renderAsMembersCopy();
    const resolved = await params;
    const tags = options.tags?.(resolved) ?? [];
    // unstable_cache is how a statically rendered page collects tags without cacheComponents:
    // a call that caches nothing of note, made for the tags it adds to the page's cache entry.
    if (tags.length > 0) await unstable_cache(async () => true, ["visitor-page-tags", ...tags], { tags })();
    const query = options.query?.(resolved) ?? ({} as Q);
    return <Page params={Promise.resolve(resolved)} searchParams={Promise.resolve(query)} />;
  };
}

/**
 * A layout of the visitor tree (an area's own layout, say one that sends client messages):
 * next-intl takes the locale from a request header that static pages do not get, and its config
 * is read once per render, so a layout that reads messages before the page has called
 * `setRequestLocale` would fix the whole page in the default language. Set it first.
 */
export function visitorLayout(Layout: (props: { children: ReactNode }) => ReactNode | Promise<ReactNode>) {
  return async function VisitorLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
    setRequestLocale((await params).locale);
    return <Layout>{children}</Layout>;
  };
}

/** The metadata of a page of the members' copy (see `visitorPage`'s `members`). */
export function membersMetadata<A>(generate: (props: A) => Promise<import("next").Metadata>) {
  return async (props: A) => {
    renderAsMembersCopy();
    return generate(props);
  };
}

/**
 * The page of the visitor tree for a members-only shell (`shared: "members"`, decision 013, point
 * 7: the account page, "My learning", the notifications): the page's `Shell` with nothing personal
 * (`initial` null), which the browser fills in from the page's JSON. Rendered without a request,
 * so without a session: never anyone's.
 */
export function membersShell(Shell: (props: { initial: null; locale: string }) => Promise<ReactNode> | ReactNode) {
  return async function MembersShell({ params }: { params: Promise<{ locale: string }> }) {
    const { locale } = await params;
    setRequestLocale(locale);
    if (await getCurrentUser()) throw new Error("A members' shell must render without a session: it is the same for every member.");
    return <Shell initial={null} locale={locale} />;
  };
}
