import { NotificationsShell } from "@/app/[locale]/(public)/forum/notifications/_components/notifications-shell";
import { membersShell } from "@/lib/cache/visitor";

// The notifications page's shell, shared by every member (decision 013); the proxy sends only
// members here (`shared: "members"`), and the browser fills it in from GET /api/forum/notifications.
export { generateMetadata } from "@/app/[locale]/(public)/forum/notifications/page";

export const dynamic = "force-static";
export const revalidate = 3600;

export default membersShell(NotificationsShell);
