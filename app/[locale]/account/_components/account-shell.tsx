import { getTranslations, setRequestLocale } from "next-intl/server";
import { Container } from "@/components/layout/page-header";
import type { AccountView } from "@/lib/accounts/queries";
import { getCurrentUser } from "@/lib/auth/guard";
import { countryOptions } from "@/lib/countries";
import { AccountScreen } from "./account-screen";

/** The account page around its content: the server's account (`initial`), or none (the shared shell). */
export async function AccountShell({ locale, initial }: { locale: string; initial: AccountView | null }) {
  const tc = await getTranslations("common");
  const countries = countryOptions(locale, tc("otherCountry")).map((c) => ({ value: c.code, label: c.name }));
  return (
    <Container>
      <AccountScreen initial={initial} countries={countries} />
    </Container>
  );
}

/** The shell of the visitor tree (app/visitor/[locale]/account): nothing personal, for every member. */
export async function SharedAccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Rendered without a request, so without a session: never anyone's account.
  if (await getCurrentUser()) throw new Error("The shared account shell must render without a session.");
  return <AccountShell locale={locale} initial={null} />;
}
