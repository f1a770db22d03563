import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createScriptClient } from "@/prisma/client";
import { issueToken } from "@/lib/auth/tokens";
import { env } from "@/lib/env";
import { hit } from "@/lib/rate-limit";
import { createUser, TEST_PASSWORD } from "@/prisma/factories";
import { loginKeys, verifyCredentials } from "./login";
import { resetPassword } from "./service";

const factoryDb = createScriptClient();
afterAll(async () => {
  await factoryDb.$disconnect();
});

const ip = () => `10.0.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;

describe("verifyCredentials (real database)", () => {
  it("opens a session row for the right password", async () => {
    const user = await createUser(factoryDb);
    const { userId, sessionId } = await verifyCredentials({ email: user.email.toUpperCase(), password: TEST_PASSWORD }, ip(), "vitest");
    expect(userId).toBe(user.id);
    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.userId).toBe(user.id);
    expect(session.revokedAt).toBeNull();
  });

  it("refuses a wrong password with the same message as an unknown email", async () => {
    const user = await createUser(factoryDb);
    await expect(verifyCredentials({ email: user.email, password: "wrong password 123" }, ip(), null)).rejects.toMatchObject({
      messageKey: "errors.invalidCredentials",
    });
    await expect(verifyCredentials({ email: "nobody@example.test", password: "whatever password" }, ip(), null)).rejects.toMatchObject({
      messageKey: "errors.invalidCredentials",
    });
  });

  it("does not lock the owner out when five addresses each guess once (throttles per account and address)", async () => {
    const user = await createUser(factoryDb);
    for (let i = 0; i < 5; i++) {
      await expect(verifyCredentials({ email: user.email, password: `wrong-${i}-password` }, ip(), null)).rejects.toMatchObject({
        code: "INVALID",
      });
    }
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, ip(), null)).resolves.toMatchObject({ userId: user.id });
  });

  it("locks one address after five failures while the owner still logs in from another", async () => {
    const user = await createUser(factoryDb);
    const attacker = ip();
    for (let i = 0; i < 5; i++) {
      await expect(verifyCredentials({ email: user.email, password: `wrong-${i}-password` }, attacker, null)).rejects.toMatchObject({
        code: "INVALID",
      });
    }
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, attacker, null)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, ip(), null)).resolves.toMatchObject({ userId: user.id });
  });

  it("keeps a per-account ceiling across all addresses, which a password reset clears", async () => {
    const user = await createUser(factoryDb);
    // Failures from many addresses up to the ceiling (counted as the login does).
    for (let i = 0; i < env.RATE_LIMIT_LOGIN_ACCOUNT_CEILING; i++)
      await hit(loginKeys(user.email, ip()).account, env.RATE_LIMIT_WINDOW_SECONDS);
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, ip(), null)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    const token = await issueToken(user.id, "PASSWORD_RESET");
    await resetPassword({ token, password: "a fresh and unusual passphrase", passwordConfirm: "a fresh and unusual passphrase" }, ip());
    await expect(verifyCredentials({ email: user.email, password: "a fresh and unusual passphrase" }, ip(), null)).resolves.toMatchObject({
      userId: user.id,
    });
  });

  it("a password reset also lifts the lock of the address that guessed", async () => {
    const user = await createUser(factoryDb);
    const address = ip();
    for (let i = 0; i < 5; i++) {
      await expect(verifyCredentials({ email: user.email, password: `wrong-${i}-password` }, address, null)).rejects.toMatchObject({
        code: "INVALID",
      });
    }
    const token = await issueToken(user.id, "PASSWORD_RESET");
    await resetPassword({ token, password: "a fresh and unusual passphrase", passwordConfirm: "a fresh and unusual passphrase" }, address);
    await expect(
      verifyCredentials({ email: user.email, password: "a fresh and unusual passphrase" }, address, null),
    ).resolves.toMatchObject({ userId: user.id });
  });

  it("refuses unverified and suspended accounts", async () => {
    const unverified = await createUser(factoryDb, { verified: false });
    await expect(verifyCredentials({ email: unverified.email, password: TEST_PASSWORD }, ip(), null)).rejects.toMatchObject({
      messageKey: "errors.emailNotVerified",
    });
    const suspended = await createUser(factoryDb);
    await db.user.update({
      where: { id: suspended.id },
      data: { status: "SUSPENDED", suspendedReason: "spam", suspendedUntil: new Date(Date.now() + 86_400_000) },
    });
    await expect(verifyCredentials({ email: suspended.email, password: TEST_PASSWORD }, ip(), null)).rejects.toMatchObject({
      messageKey: "errors.suspended",
    });
  });

  it("lets a suspension that has ended expire by itself", async () => {
    const user = await createUser(factoryDb);
    await db.user.update({
      where: { id: user.id },
      data: { status: "SUSPENDED", suspendedReason: "cool down", suspendedUntil: new Date(Date.now() - 1000) },
    });
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, ip(), null)).resolves.toMatchObject({ userId: user.id });
  });
});
