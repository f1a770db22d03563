import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { loginIsLimited } from "@/lib/accounts/login";
import { handlers } from "@/lib/auth/config";
import { isLocale } from "@/lib/i18n/locales";
import { clientIpFrom } from "@/lib/request";

export const GET = handlers.GET;

/**
 * Auth.js endpoints. A direct POST to the credentials callback is answered with HTTP 429
 * while the login limit holds (the same counters the login form uses); the attempt
 * itself is still counted and checked in `authorize`.
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get("email") ?? "");
    if (await loginIsLimited(email, clientIpFrom(request.headers))) {
      const lang = request.headers.get("accept-language")?.slice(0, 2);
      const t = await getTranslations({ locale: isLocale(lang) ? lang : "en", namespace: "errors" });
      return Response.json(
        { error: { code: "RATE_LIMITED", message: t("RATE_LIMITED") } },
        { status: 429, headers: { "Retry-After": "900" } },
      );
    }
  }
  return handlers.POST(request);
}
