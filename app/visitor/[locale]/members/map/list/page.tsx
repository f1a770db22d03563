import ListPage, { generateMetadata as listMetadata } from "@/app/[locale]/(public)/map/list/page";
import { membersMetadata, visitorPage } from "@/lib/cache/visitor";

// The initiatives list as every member reads it (decision 013): exact places and street addresses
// of sensitive venues, which visitors never get; the member's tabs from the browser. Dropped with
// the rest of the map by every write (lib/cache/revalidate.ts).
export const generateMetadata = membersMetadata(listMetadata);
export const dynamic = "force-static";
export const revalidate = 3600;

export default visitorPage(ListPage, { members: true });
