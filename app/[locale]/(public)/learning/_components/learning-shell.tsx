import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container, PageHeader } from "@/components/layout/page-header";
import { buttonClasses } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/guard";
import type { MyLearning } from "@/lib/courses/queries";
import { Link } from "@/lib/i18n/navigation";
import { LearningScreen } from "./learning-screen";

/** The strings the page's client part shows (learning-screen.tsx). */
const MESSAGES = ["courses.learning", "courses.progressLabel", "courses.loadingProgress", "courses.showProgress"];

/** "My learning" around its content: the learner's, from the server (`initial`), or none (the shared shell). */
export async function LearningShell({ initial }: { initial: MyLearning | null }) {
  const t = await getTranslations("courses.learning");
  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="mt-4">
          <Link href="/courses" className={buttonClasses("secondary", "sm")}>
            {t("browse")}
          </Link>
        </p>
      </PageHeader>
      <ClientMessages namespaces={MESSAGES}>
        <LearningScreen initial={initial} />
      </ClientMessages>
    </Container>
  );
}

/** The shell of the visitor tree (app/visitor/[locale]/learning): nothing personal, for every member. */
export async function SharedLearningPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Rendered without a request, so without a session: never anyone's courses.
  if (await getCurrentUser()) throw new Error("The shared learning shell must render without a session.");
  return <LearningShell initial={null} />;
}
