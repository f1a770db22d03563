import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

export default async function Forbidden() {
  const t = await getTranslations("status");
  return (
    <StatusPage code="403" title={t("forbiddenTitle")} text={t("forbiddenText")}>
      <Link href="/" className={buttonClasses("primary")}>
        {t("home")}
      </Link>
    </StatusPage>
  );
}
