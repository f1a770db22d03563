import "server-only";
import { getLocale, getTranslations } from "next-intl/server";

// Operator details shown on the accessibility and privacy pages; set per deployment.
export const site = {
  contactEmail: process.env.SITE_CONTACT_EMAIL ?? "contact@e-panema.eu",
  accessibilityEmail: process.env.SITE_ACCESSIBILITY_EMAIL ?? process.env.SITE_CONTACT_EMAIL ?? "accessibility@e-panema.eu",
  operator: process.env.SITE_OPERATOR ?? null,
  /** Unset, the operator is the partnership itself: pages that already name it do not say it twice. */
  operatorConfigured: Boolean(process.env.SITE_OPERATOR),
  statementDate: "2026-11-25",
};

/**
 * Who runs this deployment, for the legal pages: SITE_OPERATOR as configured, or else the
 * partnership, named in the reader's language ("le partenariat Library Bridges (LiBri)").
 * `sentenceStart`: the name opens the sentence, so its first letter is a capital.
 */
export async function operatorName(opts: { sentenceStart?: boolean } = {}): Promise<string> {
  if (site.operator) return site.operator;
  const [t, locale] = await Promise.all([getTranslations("about"), getLocale()]);
  const name = t("partnership");
  return opts.sentenceStart ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : name;
}
