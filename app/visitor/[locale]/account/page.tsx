import { AccountShell } from "@/app/[locale]/account/_components/account-shell";
import { membersShell } from "@/lib/cache/visitor";

// The account page's shell, shared by every member (decision 013); the proxy sends only members
// here (`shared: "members"`), and the browser fills it in from GET /api/account.
export { generateMetadata } from "@/app/[locale]/account/page";

export const dynamic = "force-static";
export const revalidate = 3600;

export default membersShell(AccountShell);
