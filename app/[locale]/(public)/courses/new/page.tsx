import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Container, PageHeader } from "@/components/layout/page-header";
import { requirePagePermission } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { NewCourseForm } from "../_components/new-course-form";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "courses" });
  return { title: t("newCourse"), robots: { index: false } };
}

export default async function NewCoursePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePagePermission("courses.edit");
  const t = await getTranslations("courses");
  return (
    <Container>
      <p className="mb-2 text-sm">
        <Link href="/courses">← {t("title")}</Link>
      </p>
      <div className="max-w-xl">
        <PageHeader title={t("newCourse")} lead={t("authoring.newLead")} />
        <ClientMessages namespaces={["courses"]}>
          <NewCourseForm locale={locale} />
        </ClientMessages>
      </div>
    </Container>
  );
}
