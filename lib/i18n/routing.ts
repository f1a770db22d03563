import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // No language cookie: the URL carries the language, and the privacy notice lists the only two
  // cookies (the session, and the member hint of decision 013).
  localeCookie: false,
});
