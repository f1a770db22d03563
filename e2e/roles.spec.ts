import type { Browser, Request } from "@playwright/test";
import { createMembershipRequest } from "../prisma/factories";
import { demo, expect, login, message, openAccountMenu, test, TEST_PASSWORD } from "./fixtures";

test.describe("each role logs in and sees what the role allows", () => {
  const cases = [
    { role: "LIBRARIAN", admin: false, users: false },
    { role: "PARTNER", admin: false, users: false },
    { role: "COORDINATOR", admin: true, users: false },
    { role: "ADMIN", admin: true, users: true },
  ] as const;
  for (const c of cases) {
    test(`${c.role.toLowerCase()} logs in`, async ({ page }) => {
      const account = demo(c.role);
      await login(page, account.email, account.password);
      await openAccountMenu(page);
      const adminLink = page.getByRole("link", { name: message("en", "nav.admin") });
      if (c.admin) await expect(adminLink).toBeVisible();
      else await expect(adminLink).toHaveCount(0);

      const dashboard = await page.goto("/en/admin");
      expect(dashboard?.status()).toBe(c.admin ? 200 : 403);
      const users = await page.goto("/en/admin/users");
      expect(users?.status()).toBe(c.users ? 200 : 403);
      if (c.users) await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
      else await expect(page.getByRole("heading", { name: message("en", "status.forbiddenTitle") })).toBeVisible();
    });
  }
});

test("a visitor asking for an admin page is sent to the login page", async ({ page }) => {
  await page.goto("/en/admin/users");
  await expect(page).toHaveURL(/\/en\/login$/);
});

test("a librarian is refused the admin pages and the admin CSV route", async ({ page }) => {
  const librarian = demo("LIBRARIAN");
  await login(page, librarian.email, librarian.password);
  for (const path of ["/en/admin", "/en/admin/users", "/en/admin/audit", "/en/admin/memberships"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("table")).toHaveCount(0);
  }
  const csv = await page.request.get("/api/admin/audit");
  expect(csv.status()).toBe(403);
  expect(await csv.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
});

/** Records the server-action request the admin's browser sends when changing a role. */
async function captureRoleChange(browser: Browser, targetId: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const admin = demo("ADMIN");
  await login(page, admin.email, admin.password);
  await page.goto(`/en/admin/users/${targetId}`);
  const captured = page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByLabel("Role").selectOption("ADMIN");
  await page.getByRole("button", { name: "Change role" }).click();
  const request = await captured;
  await expect(page.getByText(message("en", "admin.roleChanged"))).toBeVisible();
  await context.close();
  return { url: request.url(), headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
}

test("an admin server action replayed by a librarian or a visitor writes nothing", async ({ browser, page, makeUser, db }) => {
  const target = await makeUser();
  const action = await captureRoleChange(browser, target.id);
  expect(await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { role: true } })).toEqual({ role: "ADMIN" });
  await db.user.update({ where: { id: target.id }, data: { role: "LIBRARIAN" } });
  const auditBefore = await db.auditLog.count({ where: { targetId: target.id } });

  const replay = (request: typeof page.request, extra: Record<string, string> = {}) =>
    request.post(action.url, {
      headers: {
        "next-action": action.headers["next-action"],
        "content-type": action.headers["content-type"],
        accept: "text/x-component",
        ...extra,
      },
      data: action.body,
      maxRedirects: 0,
    });

  // As a librarian, with their own valid session.
  const librarian = demo("LIBRARIAN");
  await login(page, librarian.email, librarian.password);
  const asLibrarian = await replay(page.request);
  expect(asLibrarian.status()).toBeLessThan(500);
  expect(await asLibrarian.text()).toContain("FORBIDDEN");

  // As a visitor, also with the header behind CVE-2025-29927 that once skipped middleware.
  const visitor = await page.context().browser()!.newContext();
  const asVisitor = await replay(visitor.request, { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" });
  expect(await asVisitor.text()).toContain("UNAUTHENTICATED");
  await visitor.close();

  expect(await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { role: true } })).toEqual({ role: "LIBRARIAN" });
  expect(await db.auditLog.count({ where: { targetId: target.id } })).toBe(auditBefore);
});

test("the x-middleware-subrequest header does not open admin pages to a visitor", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" });
  const response = await page.goto("/en/admin/users");
  await expect(page).toHaveURL(/\/en\/login$/);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toHaveCount(0);
  const api = await page.request.get("/api/admin/audit", { headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } });
  expect(api.status()).toBe(401);
});

test("a suspended member loses access at their next request and is told why", async ({ browser, page, makeUser, db }) => {
  const member = await makeUser({ name: "Soon Suspended" });
  await login(page, member.email, TEST_PASSWORD);
  await page.goto("/en/account");
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  const admin = demo("ADMIN");
  await login(adminPage, admin.email, admin.password);
  await adminPage.goto(`/en/admin/users/${member.id}`);
  await adminPage.getByLabel("Reason").fill("Repeated spam in the forum");
  await adminPage.getByLabel("Suspended until (optional)").fill("2099-01-31");
  await adminPage.getByRole("button", { name: "Suspend" }).click();
  // The page refreshes to the suspended state: the reason is shown and the suspension can be lifted.
  await expect(adminPage.getByText(/Suspended until .*Repeated spam in the forum/)).toBeVisible();
  await expect(adminPage.getByRole("button", { name: "Lift the suspension" })).toBeVisible();
  await adminContext.close();

  await page.reload();
  await expect(page).toHaveURL(/\/en\/login$/);
  await page.getByLabel("Email address").fill(member.email);
  await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "Repeated spam in the forum" });
  await expect(refusal).toContainText("January 31, 2099");

  const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.suspend", targetId: member.id } });
  expect(audit.data).toMatchObject({ reason: "Repeated spam in the forum" });
});

test("a role change applies at the member's next request", async ({ browser, page, makeUser }) => {
  const member = await makeUser();
  await login(page, member.email, TEST_PASSWORD);
  expect((await page.goto("/en/admin"))?.status()).toBe(403);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  const admin = demo("ADMIN");
  await login(adminPage, admin.email, admin.password);
  await adminPage.goto(`/en/admin/users/${member.id}`);
  await adminPage.getByLabel("Role").selectOption("COORDINATOR");
  await adminPage.getByRole("button", { name: "Change role" }).click();
  await expect(adminPage.getByText(message("en", "admin.roleChanged"))).toBeVisible();
  await adminContext.close();

  expect((await page.goto("/en/admin"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});

test("an admin approves a membership request, which makes the person a partner", async ({ page, makeUser, db }) => {
  const member = await makeUser({ name: "Wants To Join" });
  const frsi = await db.organisation.findUniqueOrThrow({ where: { slug: "frsi" } });
  await createMembershipRequest(db, { userId: member.id, organisationId: frsi.id });

  const admin = demo("ADMIN");
  await login(page, admin.email, admin.password);
  await page.goto("/en/admin/memberships");
  const item = page.getByRole("listitem").filter({ hasText: "Wants To Join" });
  await item.getByRole("button", { name: /Approve/ }).click();
  await expect(item.getByText(message("en", "admin.decided"))).toBeVisible();

  const after = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { role: true, organisationId: true } });
  expect(after).toEqual({ role: "PARTNER", organisationId: frsi.id });
  expect(await db.auditLog.count({ where: { action: "membership.approve", targetId: member.id } })).toBe(1);
});
