import { getTranslations } from "next-intl/server";
import { wrapTables } from "@/lib/rich-text/wrap-tables";
import { cn } from "@/lib/utils";

/**
 * Rendered rich text (knowledge pages, lessons, case studies, forum posts): the HTML the server
 * rendered from validated Tiptap JSON and sanitised with an allowlist when it was saved
 * (lib/rich-text/render.ts), never HTML from the browser. Wide tables scroll in their own box.
 */
export async function RichContent({ html, lang, className }: { html: string; lang?: string; className?: string }) {
  const shown = html.includes("<table") ? wrapTables(html, (await getTranslations("common"))("table")) : html;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered from validated JSON and sanitised with an allowlist when saved (lib/rich-text)
  return <div className={cn("rich-content", className)} lang={lang} dangerouslySetInnerHTML={{ __html: shown }} />;
}
