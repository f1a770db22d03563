import { signIn, demo, expectAccessible, test } from "./fixtures";

// Every page the product has so far, scanned with axe in three languages (Ukrainian: ids or
// labels made from Cyrillic text have gone wrong before).
const publicPages = [
  "",
  "/about",
  "/accessibility",
  "/privacy",
  "/knowledge",
  "/courses",
  "/practices",
  "/map",
  "/forum",
  "/search",
  "/login",
  "/register",
  "/forgot-password",
  "/reset-password?token=x",
  "/verify-email?token=x",
  "/nope",
];

for (const locale of ["en", "lv", "uk"]) {
  test(`public pages have no axe violations (${locale})`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const path of publicPages) {
      await page.goto(`/${locale}${path}`);
      await expectAccessible(page);
    }
  });
}

test("member and admin pages have no axe violations", async ({ page, db }) => {
  test.setTimeout(180_000);
  const admin = demo("ADMIN");
  await signIn(page, admin.email);
  const someone = await db.user.findFirstOrThrow({ where: { email: demo("LIBRARIAN").email }, select: { id: true } });
  for (const path of [
    "/en/account",
    "/en/admin",
    "/en/admin/users",
    `/en/admin/users/${someone.id}`,
    "/en/admin/memberships",
    "/en/admin/organisations",
    "/en/admin/audit",
    "/en/dev/mail",
    "/fr/admin/users",
  ]) {
    await page.goto(path);
    await expectAccessible(page);
  }
  // Menus open: their content is scanned too.
  await page.goto("/en");
  await page.locator("header summary", { hasText: "Language" }).click();
  await expectAccessible(page);
  await page.locator("header summary", { hasText: "Account menu" }).click();
  await expectAccessible(page);
});

test("a keyboard user reaches the main content with the skip link", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await test.expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await test.expect(page.locator("main#main")).toBeFocused();
});
