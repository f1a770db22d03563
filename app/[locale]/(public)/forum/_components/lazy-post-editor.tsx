"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";

/** What a lazily loaded editor shows until its code has arrived (client-side renders only). */
export function EditorLoading() {
  const t = useTranslations("editor");
  return (
    <p className="text-sm text-muted" aria-busy="true">
      {t("loading")}
    </p>
  );
}

/**
 * The forum editor in a chunk of its own. Tiptap is ≈ 170 KB of gzipped JavaScript, and every
 * client component a page imports shares that page's chunks whether it renders or not: imported
 * directly, a thread made visitors, who get no reply form, download and parse the editor too.
 * Server rendering is unchanged (the module loads on the server; members' browsers fetch the
 * chunk before hydrating the reply form).
 */
export const PostEditor = dynamic(() => import("./post-editor").then((m) => m.PostEditor), { loading: EditorLoading });
