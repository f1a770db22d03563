import { LearningShell } from "@/app/[locale]/(public)/learning/_components/learning-shell";
import { membersShell } from "@/lib/cache/visitor";

// "My learning"'s shell, shared by every member (decision 013); the proxy sends only members here
// (`shared: "members"`), and the browser fills it in from GET /api/learning.
export { generateMetadata } from "@/app/[locale]/(public)/learning/page";

export const dynamic = "force-static";
export const revalidate = 3600;

export default membersShell(LearningShell);
