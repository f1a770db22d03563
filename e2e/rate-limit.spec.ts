import { expect, message, submitAndWait, test, TEST_PASSWORD } from "./fixtures";

test("login is refused after five wrong passwords, with a translated message and HTTP 429", async ({ page, makeUser, db }) => {
  const member = await makeUser({ locale: "fr" });
  await page.goto("/fr/login");
  const email = page.getByLabel(message("fr", "auth.email"));
  const password = page.getByLabel(message("fr", "auth.password"), { exact: true });
  const submit = page.getByRole("button", { name: message("fr", "auth.loginButton") });

  for (let i = 1; i <= 5; i++) {
    await email.fill(member.email);
    await password.fill(`wrong password number ${i}`);
    await submitAndWait(page, submit);
    await expect(page.getByRole("alert").filter({ hasText: message("fr", "errors.invalidCredentials") })).toBeVisible();
    // React resets the form once the answer is in: wait for it, or it would clear the next attempt.
    await expect(password).toHaveValue("");
  }
  // Even the right password is refused now: the account is locked for the window.
  await email.fill(member.email);
  await password.fill(TEST_PASSWORD);
  await submitAndWait(page, submit);
  await expect(page.getByRole("alert").filter({ hasText: message("fr", "errors.RATE_LIMITED") })).toBeVisible();
  await expect(page).toHaveURL(/\/fr\/login$/);
  expect(await db.session.count({ where: { userId: member.id } })).toBe(0);

  // The same counters answer a direct call of the credentials endpoint with 429. Sent by the
  // browser, so it comes from the same address (limits count per account and address).
  const direct = await page.evaluate(
    async ({ email, password }) => {
      const response = await fetch("/api/auth/callback/credentials", {
        method: "POST",
        headers: { "accept-language": "fr" },
        body: new URLSearchParams({ email, password }),
        redirect: "manual",
      });
      return { status: response.status, body: response.status === 429 ? await response.json() : null };
    },
    { email: member.email, password: TEST_PASSWORD },
  );
  expect(direct.status).toBe(429);
  expect(direct.body.error.message).toBe(message("fr", "errors.RATE_LIMITED"));
});
