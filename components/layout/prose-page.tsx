import { getTranslations } from "next-intl/server";
import { Container, PageHeader } from "@/components/layout/page-header";

/**
 * A page of translated prose: `<namespace>.title`, `.lead` and `.sections`, each section
 * a heading with paragraphs (`<namespace>.sections.<key>.heading` / `.body` with "\n\n"
 * between paragraphs). Values such as a contact address are interpolated.
 */
export async function ProsePage({
  namespace,
  lead = "lead",
  sections,
  values,
  footer,
}: {
  namespace: string;
  /** The key of the lead paragraph under the namespace. */
  lead?: string;
  sections: string[];
  values?: Record<string, string>;
  footer?: React.ReactNode;
}) {
  const t = await getTranslations(namespace);
  return (
    <Container>
      <div className="max-w-3xl">
        <PageHeader title={t("title")} lead={t(lead, values)} />
        {sections.map((key) => (
          <section key={key} aria-labelledby={`s-${key}`} className="mb-8">
            <h2 id={`s-${key}`} className="text-xl font-semibold">
              {t(`sections.${key}.heading`)}
            </h2>
            {t(`sections.${key}.body`, values)
              .split("\n\n")
              .map((p) => (
                <p key={p.slice(0, 40)} className="mt-3 text-ink">
                  {p}
                </p>
              ))}
          </section>
        ))}
        {footer}
      </div>
    </Container>
  );
}
