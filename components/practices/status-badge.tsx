import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const tones = { DRAFT: "warning", IN_REVIEW: "brand", CHANGES_REQUESTED: "danger", PUBLISHED: "success", ARCHIVED: "neutral" } as const;

/** A case study's workflow status; "an earlier version is live" when readers see a previous approval. */
export async function PracticeStatusBadge({ status, live }: { status: string; live?: boolean }) {
  const t = await getTranslations("practices.status");
  const key = (status in tones ? status : "DRAFT") as keyof typeof tones;
  return (
    <Badge tone={tones[key]}>
      {t(key)}
      {live && key !== "PUBLISHED" && key !== "ARCHIVED" ? ` · ${t("liveVersion")}` : ""}
    </Badge>
  );
}
