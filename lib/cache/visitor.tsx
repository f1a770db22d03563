import { unstable_cache } from "next/cache";
import type { ReactNode } from "react";

type PageProps<P, Q> = { params: Promise<P>; searchParams: Promise<Q> };

/**
 * A page of the visitor tree that needs more than a re-export: the query parameters the proxy
 * turned into path segments go back to the page as `searchParams`, and `tags` label the cache
 * entry so that a write can drop exactly these pages (lib/cache/revalidate.ts).
 */
export function visitorPage<A extends Record<string, string>, Q extends Record<string, string | undefined>, P extends A = A>(
  Page: (props: PageProps<A, Q>) => Promise<ReactNode> | ReactNode,
  options: { query?: (params: P) => Q; tags?: (params: P) => string[] },
) {
  return async function VisitorPage({ params }: { params: Promise<P> }) {
    const resolved = await params;
    const tags = options.tags?.(resolved) ?? [];
    // unstable_cache is how a statically rendered page collects tags without cacheComponents:
    // a call that caches nothing of note, made for the tags it adds to the page's cache entry.
    if (tags.length > 0) await unstable_cache(async () => true, ["visitor-page-tags", ...tags], { tags })();
    const query = options.query?.(resolved) ?? ({} as Q);
    return <Page params={Promise.resolve(resolved)} searchParams={Promise.resolve(query)} />;
  };
}
