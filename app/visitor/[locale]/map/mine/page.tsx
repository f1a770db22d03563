import { MyInitiativesShell } from "@/app/[locale]/(public)/map/mine/_components/my-initiatives-shell";
import { membersShell } from "@/lib/cache/visitor";

// "My initiatives"'s shell, shared by every member (decision 013); the proxy sends only members
// here (`shared: "members"`), and the browser fills it in from GET /api/map/mine.
export { generateMetadata } from "@/app/[locale]/(public)/map/mine/page";

export const dynamic = "force-static";
export const revalidate = 3600;

export default membersShell(MyInitiativesShell);
