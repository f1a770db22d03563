import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { buttonClasses } from "@/components/ui/button";
import { LanguageBadge } from "@/components/ui/language-badge";
import { getCurrentUser } from "@/lib/auth/guard";
import { Link } from "@/lib/i18n/navigation";
import { mayEdit, maySeeUnpublished } from "@/lib/knowledge/policy";
import { listKnowledgeTree, type TreeNode } from "@/lib/knowledge/queries";
import { SECTIONS, sectionSlug } from "@/lib/knowledge/schemas";
import { StatusBadge } from "./_components/status-badge";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "knowledge" });
  return { title: t("title"), description: t("lead") };
}

export default async function KnowledgePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const [t, tc, tree] = await Promise.all([getTranslations("knowledge"), getTranslations("common"), listKnowledgeTree(locale, user)]);
  const editor = mayEdit(user);
  const showStatus = maySeeUnpublished(user);
  return (
    <Container>
      <PageHeader title={t("title")} lead={t("lead")}>
        {editor && (
          <div className="mt-4 flex flex-wrap gap-3">
            <Link href="/knowledge/new" className={buttonClasses("primary", "sm")}>
              {t("newPage")}
            </Link>
            <Link href="/admin/translations" className={buttonClasses("secondary", "sm")}>
              {t("translationStatus")}
            </Link>
          </div>
        )}
      </PageHeader>
      <div className="grid gap-10 md:grid-cols-2">
        {SECTIONS.map((section) => {
          const { nodes, omitted } = tree[section];
          return (
            <section key={section} id={sectionSlug(section)} aria-labelledby={`h-${section}`}>
              <h2 id={`h-${section}`} className="text-2xl font-bold">
                {t(`sections.${section}.title`)}
              </h2>
              <p className="mt-1 text-muted">{t(`sections.${section}.lead`)}</p>
              {nodes.length === 0 ? (
                <p className="mt-4 text-sm text-muted">{t("sectionEmpty")}</p>
              ) : (
                <Tree nodes={nodes} showStatus={showStatus} locale={locale} languageLabel={tc("contentLanguage")} />
              )}
              {omitted > 0 && (
                <p className="mt-4 text-sm">
                  <Link href={`/search?type=knowledge_page&section=${section}`}>{t("moreInSection", { count: omitted })}</Link>
                </p>
              )}
            </section>
          );
        })}
      </div>
    </Container>
  );
}

function Tree({
  nodes,
  showStatus,
  locale,
  languageLabel,
}: {
  nodes: TreeNode[];
  showStatus: boolean;
  locale: string;
  languageLabel: string;
}) {
  return (
    <ul className="mt-4 space-y-2">
      {nodes.map((node) => (
        <li key={node.id}>
          <div className="flex flex-wrap items-center gap-2">
            <Link
              href={node.live ? `/knowledge/${node.slug}` : `/knowledge/${node.slug}/edit`}
              className="font-medium"
              lang={node.titleLocale !== locale ? node.titleLocale : undefined}
            >
              {node.title}
            </Link>
            {node.titleLocale !== locale && <LanguageBadge locale={node.titleLocale} label={languageLabel} />}
            {showStatus && !(node.live && node.status === "PUBLISHED") && <StatusBadge status={node.status} live={node.live} />}
          </div>
          {node.children.length > 0 && (
            <div className="ml-4 border-l border-line pl-4">
              <Tree nodes={node.children} showStatus={showStatus} locale={locale} languageLabel={languageLabel} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
