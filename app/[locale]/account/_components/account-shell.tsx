import { getLocale, getTranslations } from "next-intl/server";
import { Container } from "@/components/layout/page-header";
import type { AccountView } from "@/lib/accounts/queries";
import { countryOptions } from "@/lib/countries";
import { AccountScreen } from "./account-screen";

/** The account page around its content: the server's account (`initial`), or none (the shared shell). */
export async function AccountShell({ initial }: { initial: AccountView | null }) {
  const [locale, tc] = await Promise.all([getLocale(), getTranslations("common")]);
  const countries = countryOptions(locale, tc("otherCountry")).map((c) => ({ value: c.code, label: c.name }));
  return (
    <Container>
      <AccountScreen initial={initial} countries={countries} />
    </Container>
  );
}
