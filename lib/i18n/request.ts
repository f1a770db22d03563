import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

// Server-rendered times use the time zone of the language's main country (the reader's own
// zone is unknown on the server); the browser shows live times, like "saved at", in its own.
const TIME_ZONES: Record<string, string> = {
  en: "Europe/Brussels",
  fr: "Europe/Paris",
  it: "Europe/Rome",
  lv: "Europe/Riga",
  pl: "Europe/Warsaw",
  ro: "Europe/Bucharest",
  nl: "Europe/Amsterdam",
  uk: "Europe/Kyiv",
};

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: TIME_ZONES[locale] ?? "Europe/Brussels",
  };
});
