import "server-only";
import { db } from "@/lib/db";

// ─── notifications ─────────────────────────────────────────────────────────────────────────

export type PracticeNotice = {
  slug: string;
  title: string;
  /** Adoption notices: the adopting library and its outcome. */
  library: string;
  status: string;
};

/** What the notifications page shows for case-study notices (by notification id), in the reader's language. */
export async function practiceNotices(userId: string, ids: string[], locale: string): Promise<Map<string, PracticeNotice>> {
  if (ids.length === 0) return new Map();
  const rows = await db.notification.findMany({
    where: { id: { in: ids }, userId, practiceId: { not: null } },
    select: {
      id: true,
      data: true,
      practice: {
        select: { slug: true, sourceLocale: true, translations: { select: { locale: true, title: true, publishedTitle: true } } },
      },
    },
  });
  const out = new Map<string, PracticeNotice>();
  for (const r of rows) {
    if (!r.practice) continue;
    const t =
      r.practice.translations.find((x) => x.locale === locale) ??
      r.practice.translations.find((x) => x.locale === r.practice?.sourceLocale);
    const data = (r.data && typeof r.data === "object" && !Array.isArray(r.data) ? r.data : {}) as Record<string, unknown>;
    out.set(r.id, {
      slug: r.practice.slug,
      title: t?.publishedTitle ?? t?.title ?? r.practice.slug,
      library: typeof data.library === "string" ? data.library : "",
      status: typeof data.status === "string" ? data.status : "",
    });
  }
  return out;
}
