import PracticePage, { generateMetadata as practiceMetadata } from "@/app/[locale]/(public)/practices/[slug]/page";
import { membersMetadata, visitorPage } from "@/lib/cache/visitor";

// A case study as every member reads it (decision 013): the visitors' page with the contact
// members may see; whether the member writes for it and their adoption come from
// /api/practices/:slug/viewer. Dropped with the rest of good practice by every write that readers
// see (lib/cache/revalidate.ts).
export const generateMetadata = membersMetadata(practiceMetadata);
export const dynamic = "force-static";
export const revalidate = 3600;

export default visitorPage(PracticePage, { members: true });
