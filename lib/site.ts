import "server-only";

// Operator details shown on the accessibility and privacy pages; set per deployment.
export const site = {
  contactEmail: process.env.SITE_CONTACT_EMAIL ?? "contact@e-panema.eu",
  accessibilityEmail: process.env.SITE_ACCESSIBILITY_EMAIL ?? process.env.SITE_CONTACT_EMAIL ?? "accessibility@e-panema.eu",
  operator: process.env.SITE_OPERATOR ?? "the Library Bridges (LiBri) partnership",
  /** Unset, the operator is the partnership itself: pages that already name it do not say it twice. */
  operatorConfigured: Boolean(process.env.SITE_OPERATOR),
  statementDate: "2026-11-25",
};
