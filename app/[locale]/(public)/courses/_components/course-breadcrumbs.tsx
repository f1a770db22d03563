import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** The trail above a course's lessons, quizzes and attempts: each step a link, "/" between them. */
export async function CourseBreadcrumbs({ trail }: { trail: { href: string; label: string }[] }) {
  const t = await getTranslations("courses");
  return (
    <nav aria-label={t("breadcrumbs")} className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-muted">
        {trail.map((step, i) => (
          <li key={step.href} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">/</span>}
            <Link href={step.href}>{step.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
