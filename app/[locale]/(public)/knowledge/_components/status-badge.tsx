import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const tones = { DRAFT: "warning", IN_REVIEW: "brand", PUBLISHED: "success", ARCHIVED: "neutral" } as const;

/** A knowledge page's status; on the server, and in the browser where `knowledge.status` is among the client messages. */
export function StatusBadge({ status, live }: { status: string; live?: boolean }) {
  const t = useTranslations("knowledge.status");
  const tone = tones[status as keyof typeof tones] ?? "neutral";
  return (
    <Badge tone={tone}>
      {t(status as keyof typeof tones)}
      {live && status !== "PUBLISHED" && status !== "ARCHIVED" ? ` · ${t("liveVersion")}` : ""}
    </Badge>
  );
}
