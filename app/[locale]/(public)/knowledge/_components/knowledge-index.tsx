"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMember, usePersonal } from "@/components/layout/member";
import { LanguageBadge } from "@/components/ui/language-badge";
import type { KnowledgeTree, TreeNode } from "@/lib/knowledge/queries";
import { SECTIONS, sectionSlug } from "@/lib/knowledge/sections";
import { Link } from "@/lib/i18n/navigation";
import { StatusBadge } from "./status-badge";

/**
 * The knowledge hub's sections and their page trees. The index is one cached page for visitors
 * and members (decision 013): its tree is the published one. Editors (`knowledge.edit`) see drafts,
 * pages in review and archived pages in place too: from the server when it rendered the page for
 * an editor (`editorTree`), else from GET /api/knowledge/tree, shown once it arrives.
 */
export function KnowledgeIndex({ published, editorTree }: { published: KnowledgeTree; editorTree: KnowledgeTree | null }) {
  const member = useMember();
  if (editorTree || member?.permissions.includes("knowledge.edit")) return <EditorIndex published={published} initial={editorTree} />;
  return <Sections tree={published} showStatus={false} />;
}

function EditorIndex({ published, initial }: { published: KnowledgeTree; initial: KnowledgeTree | null }) {
  const locale = useLocale();
  const tree = usePersonal<KnowledgeTree>(`/api/knowledge/tree?locale=${locale}`, initial);
  return <Sections tree={tree ?? published} showStatus={tree !== null} />;
}

function Sections({ tree, showStatus }: { tree: KnowledgeTree; showStatus: boolean }) {
  const t = useTranslations("knowledge");
  const tc = useTranslations("common");
  return (
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
              <Tree nodes={nodes} showStatus={showStatus} languageLabel={tc("contentLanguage")} />
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
  );
}

function Tree({ nodes, showStatus, languageLabel }: { nodes: TreeNode[]; showStatus: boolean; languageLabel: string }) {
  const locale = useLocale();
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
              <Tree nodes={node.children} showStatus={showStatus} languageLabel={languageLabel} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
