import InitiativePage, { generateMetadata as initiativeMetadata } from "@/app/[locale]/(public)/map/i/[slug]/page";
import { membersMetadata, visitorPage } from "@/lib/cache/visitor";

// An initiative as every member reads it (decision 013): its exact place; what the member may do
// with it comes from /api/map/initiatives/:slug/viewer, and one only some members may read (a
// suggestion) sends them to their own render. Dropped with the rest of the map by every write.
export const generateMetadata = membersMetadata(initiativeMetadata);
export const dynamic = "force-static";
export const revalidate = 3600;

export default visitorPage(InitiativePage, { members: true });
