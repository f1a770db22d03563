import { AdoptionsShell } from "@/app/[locale]/(public)/practices/adoptions/_components/adoptions-shell";
import { membersShell } from "@/lib/cache/visitor";

// "My adoptions"'s shell, shared by every member (decision 013); the proxy sends only members here
// (`shared: "members"`), and the browser fills it in from GET /api/practices/adoptions.
export { generateMetadata } from "@/app/[locale]/(public)/practices/adoptions/page";

export const dynamic = "force-static";
export const revalidate = 3600;

export default membersShell(AdoptionsShell);
