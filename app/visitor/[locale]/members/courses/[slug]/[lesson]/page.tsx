import LessonPage, { generateMetadata as lessonMetadata } from "@/app/[locale]/(public)/courses/[slug]/[lesson]/page";
import { membersMetadata, visitorPage } from "@/lib/cache/visitor";

// A lesson as every member reads it (decision 013): only members are sent here, each proven live
// (proxy.ts, lib/auth/member-proof.mjs); the learner's own parts come from the lesson's viewer
// JSON. Dropped with the rest of the courses area by every authoring write (lib/cache/revalidate.ts).
export const generateMetadata = membersMetadata(lessonMetadata);
export const dynamic = "force-static";
export const revalidate = 3600;

export default visitorPage(LessonPage, { members: true });
