import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

const tones = { DRAFT: "warning", IN_REVIEW: "brand", PUBLISHED: "success", ARCHIVED: "neutral" } as const;

export async function CourseStatusBadge({ status, live }: { status: string; live?: boolean }) {
  const t = await getTranslations("courses.status");
  const tone = tones[status as keyof typeof tones] ?? "neutral";
  return (
    <Badge tone={tone}>
      {t(status as keyof typeof tones)}
      {live && status !== "PUBLISHED" && status !== "ARCHIVED" ? ` · ${t("liveVersion")}` : ""}
    </Badge>
  );
}
