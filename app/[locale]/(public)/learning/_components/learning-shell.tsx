import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container, PageHeader } from "@/components/layout/page-header";
import { buttonClasses } from "@/components/ui/button";
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
