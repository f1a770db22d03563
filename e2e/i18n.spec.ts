import { locales } from "../lib/i18n/locales";
import { signIn, expect, message, test } from "./fixtures";

test("the home page speaks each of the eight languages", async ({ page }) => {
  for (const locale of locales) {
    await page.goto(`/${locale}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(message(locale, "home.title"));
    await expect(
      page
        .getByRole("navigation", { name: message(locale, "nav.main") })
        .getByRole("link", { name: message(locale, "nav.forum") })
        .first(),
    ).toBeAttached();
  }
});

test("the language switcher keeps the page", async ({ page }) => {
  await page.goto("/en/accessibility");
  await page.locator("summary", { hasText: message("en", "nav.language") }).click();
  await page.getByRole("link", { name: "Latviešu" }).click();
  await expect(page).toHaveURL(/\/lv\/accessibility$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "lv");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("lv", "accessibility.title"));
});

test("the root address sends a visitor to their browser's language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "pl-PL", extraHTTPHeaders: { "accept-language": "pl-PL,pl;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/pl$/);
  await context.close();
});

test("a logged-in page and its form messages are translated", async ({ page, makeUser }) => {
  const member = await makeUser({ locale: "uk" });
  await signIn(page, member.email, "uk");
  await page.goto("/uk/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("uk", "account.title"));
  await page.getByLabel(message("uk", "account.currentPassword")).first().fill("wrong current password");
  await page.getByLabel(message("uk", "auth.newPassword")).fill("short");
  await page.getByRole("button", { name: message("uk", "account.changePassword") }).click();
  await expect(page.getByText(message("uk", "validation.passwordTooShort"))).toBeVisible();
});

test("an unknown address shows the translated not-found page with status 404", async ({ page }) => {
  const response = await page.goto("/it/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("it", "status.notFoundTitle"));
});
