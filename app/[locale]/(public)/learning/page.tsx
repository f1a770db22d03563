import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { getMyLearning } from "@/lib/courses/queries";
import { LearningShell } from "./_components/learning-shell";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses.learning" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * "My learning". Members get it as a shell shared from the cache (decision 013: the route entry
 * says `shared: "members"`; app/visitor/[locale]/learning is the shell), filled in by the browser
 * from GET /api/learning; it is rendered here per request otherwise (no hint cookie yet, a query
 * such as the no-script link's `?progress=1`, `next dev`), with the learner's courses from the
 * server. Visitors are sent to log in.
 */
export default async function MyLearningPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission("courses.learn");
  return <LearningShell initial={await getMyLearning(user.id, locale)} />;
}
