import { MyPracticesShell } from "@/app/[locale]/(public)/practices/mine/_components/my-practices-shell";
import { membersShell } from "@/lib/cache/visitor";

// "Our case studies"'s shell, shared by every member (decision 013); the proxy sends only members
// here (`shared: "members"`), and the browser fills it in from GET /api/practices/mine.
export { generateMetadata } from "@/app/[locale]/(public)/practices/mine/page";

export const dynamic = "force-static";
export const revalidate = 3600;

export default membersShell(MyPracticesShell);
