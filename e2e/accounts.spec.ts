import { randomBytes } from "node:crypto";
import { createTopic } from "./forum-helpers";
import { caughtMail, expect, expectAccessible, login, logout, message, signIn, test, TEST_PASSWORD } from "./fixtures";

test("a newcomer registers, confirms their email, logs in and logs out", async ({ page, db }) => {
  const email = `new-${randomBytes(4).toString("hex")}@example.test`;
  await page.goto("/en/register");
  await page.getByLabel("Full name").fill("Amina Haddad");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a long and good password");
  await page.getByLabel("Repeat the password").fill("a long and good password");
  await page.getByLabel("Country").selectOption("NL");
  await page.getByLabel("Organisation (optional)").selectOption({ label: "EBLIDA (The Hague)" });
  await page.getByLabel(/I have read the privacy notice/).check();
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("Check your inbox")).toBeVisible();

  // Before confirming, logging in explains what to do.
  await page.goto("/en/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a long and good password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: message("en", "errors.emailNotVerified") })).toBeVisible();

  // The confirmation mail is caught locally and its link works once.
  const mail = await caughtMail(email, message("en", "mail.verifySubject"));
  const href = mail.links.find((l) => l.includes("/verify-email?token="));
  expect(href).toBeDefined();
  await page.goto(href ?? "");
  // Opening the link (as a mail scanner or a link preview does) confirms nothing: the button does.
  const confirm = page.getByRole("button", { name: message("en", "auth.verifyButton") });
  await expect(confirm).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { email }, select: { emailVerifiedAt: true } })).emailVerifiedAt).toBeNull();
  await confirm.click();
  await expect(page.getByText(message("en", "auth.verifyDone"))).toBeVisible();
  // A second use of the same link is refused and offers a new mail.
  await page.goto(href ?? "");
  await page.getByRole("button", { name: message("en", "auth.verifyButton") }).click();
  await expect(page.getByRole("alert").filter({ hasText: message("en", "auth.verifyFailed") })).toBeVisible();
  await expect(page.getByRole("button", { name: message("en", "auth.resendButton") })).toBeVisible();

  await login(page, email, "a long and good password");
  await expect(page.locator("header")).toContainText("Amina Haddad");

  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: {
      role: true,
      country: true,
      emailVerifiedAt: true,
      membershipRequests: { select: { status: true, organisation: { select: { slug: true } } } },
    },
  });
  expect(user).toMatchObject({ role: "LIBRARIAN", country: "NL" });
  expect(user.emailVerifiedAt).not.toBeNull();
  expect(user.membershipRequests).toEqual([{ status: "PENDING", organisation: { slug: "eblida" } }]);

  await logout(page);
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/login$/);
});

test("registration explains each mistake next to its field and keeps what was typed", async ({ page, db }) => {
  await page.goto("/en/register");
  await page.getByLabel("Full name").fill("Jonas");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Repeat the password").fill("different");
  await page.getByRole("button", { name: "Create my account" }).click();

  await expect(page.getByText(message("en", "validation.email"))).toBeVisible();
  await expect(page.getByText(message("en", "validation.passwordTooShort"))).toBeVisible();
  await expect(page.getByText(message("en", "validation.country"))).toBeVisible();
  await expect(page.getByText(message("en", "validation.acceptPrivacy"))).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Full name")).toHaveValue("Jonas");
  await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");
  expect(await db.user.count({ where: { name: "Jonas" } })).toBe(0);
});

test("a member resets a forgotten password from the emailed link", async ({ page, makeUser, db }) => {
  const user = await makeUser();
  await page.goto("/en/forgot-password");
  await page.getByLabel("Email address").fill(user.email);
  await page.getByRole("button", { name: "Send the reset link" }).click();
  await expect(page.getByText(message("en", "auth.forgotDone"))).toBeVisible();

  const mail = await caughtMail(user.email, message("en", "mail.resetSubject"));
  const resetUrl = mail.links.find((l) => l.includes("/reset-password?token=")) ?? "";
  expect(resetUrl).not.toBe("");
  await page.goto(resetUrl);
  await page.getByLabel("New password").fill("my brand new passphrase");
  await page.getByLabel("Repeat the password").fill("my brand new passphrase");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByText(message("en", "auth.resetDone"))).toBeVisible();

  await login(page, user.email, "my brand new passphrase");
  expect(await db.auditLog.count({ where: { action: "user.password.reset", targetId: user.id } })).toBe(1);

  // The link cannot be used twice.
  await page.goto(resetUrl);
  await page.getByLabel("New password").fill("yet another passphrase");
  await page.getByLabel("Repeat the password").fill("yet another passphrase");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: message("en", "errors.tokenInvalid") })).toBeVisible();
});

test("a member downloads their data and it holds no password hash", async ({ page, makeUser }) => {
  const user = await makeUser({ name: "Data Subject" });
  await login(page, user.email, TEST_PASSWORD);
  const response = await page.request.get("/api/account/export");
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(JSON.parse(body).user).toMatchObject({ email: user.email, name: "Data Subject" });
  expect(body).not.toMatch(/passwordHash|argon2/);
});

test("a member deletes their account and chooses to erase their forum posts: the thread keeps the place, loses the words", async ({
  page,
  browser,
  makeUser,
  db,
}) => {
  const tag = randomBytes(3).toString("hex");
  const leaver = await makeUser({ name: `Leaving Member ${tag}` });
  const asker = await makeUser({ name: `Asker ${tag}` });
  const words = `Call me on 0612 ${tag}`;
  const topic = await createTopic(db, {
    title: `Before leaving ${tag}`,
    authorId: asker.id,
    posts: [
      { by: asker.id, text: "Who runs the Tuesday session?" },
      { by: leaver.id, text: words },
    ],
  });
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/fr/forum/t/${topic.id}`);
  await expect(visitor.getByText(words)).toBeVisible();

  await signIn(page, leaver.email, "fr");
  await page.goto("/fr/account");
  const password = page.locator("#deletePassword");
  const confirm = page.getByLabel(message("fr", "account.deleteConfirm"));
  const submit = page.getByRole("button", { name: message("fr", "account.deleteButton") });
  // Nothing is assumed about the posts: without a choice, nothing is deleted.
  await password.fill(TEST_PASSWORD);
  await confirm.check();
  await submit.click();
  await expect(page.getByText(message("fr", "validation.choosePostsOnLeaving"))).toBeVisible();
  await expectAccessible(page);
  expect(await db.user.findUnique({ where: { id: leaver.id }, select: { id: true } })).not.toBeNull();

  await password.fill(TEST_PASSWORD);
  await page.getByRole("radio", { name: message("fr", "account.deletePostsRemove") }).check();
  await confirm.check();
  await submit.click();
  await expect(page.getByText(message("fr", "home.accountDeleted"))).toBeVisible();
  expect(await db.user.findUnique({ where: { id: leaver.id }, select: { id: true } })).toBeNull();

  // Visitors, the cached copy included, see the place and not the words.
  await visitor.goto(`/fr/forum/t/${topic.id}`);
  await expect(visitor.getByText(message("fr", "forum.topic.removedByAuthor"))).toBeVisible();
  await expect(visitor.getByText(words)).toHaveCount(0);
  await expect(visitor.getByText("Who runs the Tuesday session?")).toBeVisible();
});
