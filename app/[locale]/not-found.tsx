import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("status");
  return (
    <StatusPage code="404" title={t("notFoundTitle")} text={t("notFoundText")}>
      <Link href="/" className={buttonClasses("primary")}>
        {t("home")}
      </Link>
      <Link href="/search" className={buttonClasses("secondary")}>
        {t("search")}
      </Link>
    </StatusPage>
  );
}
