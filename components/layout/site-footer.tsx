import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "footer" });
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        <div className="md:col-span-2">
          <div className="flex items-start gap-3">
            <EuFlag label={t("euFlagAlt")} />
            <p className="text-sm text-muted">{t("cofunded")}</p>
          </div>
          <p className="mt-4 text-sm text-muted">{t("disclaimer")}</p>
        </div>
        <nav aria-label={t("label")}>
          <ul className="space-y-2 text-sm">
            <li>
              <Link href="/about">{t("about")}</Link>
            </li>
            <li>
              <Link href="/accessibility">{t("accessibility")}</Link>
            </li>
            <li>
              <Link href="/privacy">{t("privacy")}</Link>
            </li>
          </ul>
          <p className="mt-4 text-sm text-muted">{t("openSource")}</p>
        </nav>
      </div>
    </footer>
  );
}

/** The EU emblem, drawn inline so that no third-party asset is loaded. */
function EuFlag({ label }: { label: string }) {
  const stars = Array.from({ length: 12 }, (_, i) => {
    const a = (i * Math.PI) / 6;
    return { x: 30 + 13 * Math.sin(a), y: 20 - 13 * Math.cos(a) };
  });
  return (
    <svg role="img" aria-label={label} width="60" height="40" viewBox="0 0 60 40" className="shrink-0 rounded-sm">
      <rect width="60" height="40" fill="#003399" />
      {stars.map((s) => (
        <circle key={`${s.x}-${s.y}`} cx={s.x} cy={s.y} r="1.8" fill="#FFCC00" />
      ))}
    </svg>
  );
}
