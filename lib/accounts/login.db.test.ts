import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createScriptClient } from "@/prisma/client";
import { createUser, TEST_PASSWORD } from "@/prisma/factories";
import { verifyCredentials } from "./login";

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

  it("locks the account after five failures, even from different addresses", async () => {
    const user = await createUser(factoryDb);
    for (let i = 0; i < 5; i++) {
      await expect(verifyCredentials({ email: user.email, password: `wrong-${i}-password` }, ip(), null)).rejects.toMatchObject({
        code: "INVALID",
      });
    }
    await expect(verifyCredentials({ email: user.email, password: TEST_PASSWORD }, ip(), null)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
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
