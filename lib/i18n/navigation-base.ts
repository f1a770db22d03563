import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// next-intl's locale-aware wrappers around Next's navigation APIs. Import them from
// ./navigation, whose Link prefetches on intent (./link.tsx).
export const base = createNavigation(routing);
