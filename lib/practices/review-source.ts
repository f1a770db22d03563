import "server-only";
import { registerReviewSource } from "@/lib/review/registry";
import { countPracticeSubmissions, listPracticeSubmissions } from "./queries";

// Case studies submitted by partners join the coordinators' one review queue (/admin/review).
registerReviewSource({
  type: "practice",
  permission: "practices.review",
  async pending() {
    const rows = await listPracticeSubmissions();
    return rows.map((r) => ({
      type: "practice",
      id: r.id,
      title: r.title,
      locale: r.locale,
      organisation: r.organisation,
      submittedBy: r.submittedBy,
      submittedAt: r.submittedAt,
      href: `/admin/review/practices/${r.id}`,
      update: r.update,
    }));
  },
  count: countPracticeSubmissions,
});
