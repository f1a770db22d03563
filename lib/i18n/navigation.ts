import { base } from "./navigation-base";

// Locale-aware wrappers around Next's navigation APIs; the Link prefetches on intent (./link.tsx).
export const { redirect, usePathname, useRouter, getPathname } = base;
export { Link } from "./link";
