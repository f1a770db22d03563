import { getTranslations } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/lib/i18n/navigation";

export type Section = "knowledge" | "courses" | "practices" | "search";

/** An honest placeholder for a section that is not built yet: what it will hold, no fake data. */
export async function ComingSoon({ section }: { section: Section }) {
  const t = await getTranslations("comingSoon");
  return (
    <Container>
      <PageHeader title={t(`${section}.title`)} lead={t(`${section}.lead`)} />
      <Alert tone="info">
        <p className="font-semibold">{t("notYet")}</p>
        <p className="mt-1">{t(`${section}.plan`)}</p>
      </Alert>
      <p className="mt-6">
        <Link href="/">{t("backHome")}</Link>
      </p>
    </Container>
  );
}
