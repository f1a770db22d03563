import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

const tones = { DRAFT: "warning", IN_REVIEW: "brand", CHANGES_REQUESTED: "danger", PUBLISHED: "success", ARCHIVED: "neutral" } as const;

/**
 * A case study's workflow status; "an earlier version is live" when readers see a previous approval.
 * Rendered on the server and in the browser alike ("Our case studies" is filled in there): a client
 * page that shows it sends the `practices.status` messages.
 */
export function PracticeStatusBadge({ status, live }: { status: string; live?: boolean }) {
  const t = useTranslations("practices.status");
  const key = (status in tones ? status : "DRAFT") as keyof typeof tones;
  return (
    <Badge tone={tones[key]}>
      {t(key)}
      {live && key !== "PUBLISHED" && key !== "ARCHIVED" ? ` · ${t("liveVersion")}` : ""}
    </Badge>
  );
}
