import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { Can } from "@/components/layout/member";
import { Container, PageHeader } from "@/components/layout/page-header";
import { buttonClasses } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { maySeeUnpublished } from "@/lib/knowledge/policy";
import { listKnowledgeTree } from "@/lib/knowledge/queries";
import { KnowledgeIndex } from "./_components/knowledge-index";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "knowledge" });
  return { title: t("title"), description: t("lead") };
}

/**
 * The knowledge hub's index: one cached page for visitors and members (decision 013). Editors'
 * links are `<Can>`; their tree, with unpublished pages in place, comes from the browser
 * (KnowledgeIndex) — or from here, when the page is rendered for an editor.
 */
export default async function KnowledgePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const [t, published, editorTree] = await Promise.all([
    getTranslations("knowledge"),
    listKnowledgeTree(locale, null),
    maySeeUnpublished(user) ? listKnowledgeTree(locale, user) : null,
  ]);
  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")}>
        <Can permission="knowledge.edit">
          <div className="mt-4 flex flex-wrap gap-3">
            <Link href="/knowledge/new" className={buttonClasses("primary", "sm")}>
              {t("newPage")}
            </Link>
            <Link href="/admin/translations" className={buttonClasses("secondary", "sm")}>
              {t("translationStatus")}
            </Link>
          </div>
        </Can>
      </PageHeader>
      <ClientMessages namespaces={INDEX_MESSAGES}>
        <KnowledgeIndex published={published} editorTree={editorTree} />
      </ClientMessages>
    </Container>
  );
}

/** The strings the index's client part shows (knowledge-index.tsx). */
const INDEX_MESSAGES = [
  "knowledge.sections",
  "knowledge.sectionEmpty",
  "knowledge.moreInSection",
  "knowledge.status",
  "common.contentLanguage",
];
