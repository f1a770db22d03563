import { afterAll, describe, expect, it, vi } from "vitest";
import * as password from "@/lib/auth/password";
import { issueToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createScriptClient } from "@/prisma/client";
import { createUser, TEST_PASSWORD } from "@/prisma/factories";
import { changePassword, register, resetPassword } from "./service";

// Calls through to the real argon2 hash: the spy only records that the work was done.
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});

const factoryDb = createScriptClient();
afterAll(async () => {
  await factoryDb.$disconnect();
});

const ip = () => `10.1.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;
const fresh = () => `fresh-${Math.random().toString(36).slice(2)}@example.test`;
const form = (email: string, extra: Partial<Parameters<typeof register>[0]> = {}) => ({
  name: "Someone New",
  email,
  password: "a long and unusual passphrase",
  passwordConfirm: "a long and unusual passphrase",
  country: "NL" as const,
  organisationId: undefined,
  locale: "en" as const,
  acceptPrivacy: "on" as const,
  ...extra,
});

/** What the caller learns: the result, or the refusal's code, message and field errors. */
async function outcome(promise: Promise<unknown>) {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { ok: false, code: error.code, message: error.messageKey, fieldErrors: error.fieldErrors };
  }
}

describe("registration does not reveal who is a member", () => {
  it("answers an existing email exactly as a new one, after the same work (password hashed)", async () => {
    const member = await createUser(factoryDb);
    const hash = vi.mocked(password.hashPassword);

    hash.mockClear();
    const existing = await outcome(register(form(member.email), ip()));
    expect(hash).toHaveBeenCalledTimes(1);

    hash.mockClear();
    const email = fresh();
    const created = await outcome(register(form(email), ip()));
    expect(hash).toHaveBeenCalledTimes(1);

    expect(existing).toEqual({ ok: true, value: { email: member.email } });
    expect(created).toEqual({ ok: true, value: { email } });
  });

  it("refuses an unknown organisation the same way whether or not the email is taken", async () => {
    const member = await createUser(factoryDb);
    const existing = await outcome(register(form(member.email, { organisationId: "no-such-organisation" }), ip()));
    const created = await outcome(register(form(fresh(), { organisationId: "no-such-organisation" }), ip()));
    expect(existing).toEqual(created);
    expect(created).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { organisationId: ["validation.invalid"] } });
  });

  it("refuses a common password the same way whether or not the email is taken", async () => {
    const member = await createUser(factoryDb);
    const weak = { password: "password1234", passwordConfirm: "password1234" };
    const existing = await outcome(register(form(member.email, weak), ip()));
    const created = await outcome(register(form(fresh(), weak), ip()));
    expect(existing).toEqual(created);
    expect(created).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { password: ["validation.passwordCommon"] } });
  });

  it("takes comparable time for both (a generous check: the old early return was about 4× faster)", async () => {
    const time = async (email: string) => {
      const t0 = performance.now();
      await register(form(email), ip());
      return performance.now() - t0;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const existing: number[] = [];
    const created: number[] = [];
    // Interleaved, so a busy moment of the machine affects both series alike.
    for (let i = 0; i < 5; i++) {
      existing.push(await time((await createUser(factoryDb)).email));
      created.push(await time(fresh()));
    }
    const ratio = median(created) / median(existing);
    expect(ratio, `new ${median(created).toFixed(1)} ms vs existing ${median(existing).toFixed(1)} ms`).toBeLessThan(2.5);
    expect(ratio).toBeGreaterThan(0.4);
  });
});

describe("common and breached passwords are refused", () => {
  it("on reset, with the field's message, and the token still works for a better password", async () => {
    const user = await createUser(factoryDb);
    const token = await issueToken(user.id, "PASSWORD_RESET");
    const refused = await outcome(resetPassword({ token, password: "password1234", passwordConfirm: "password1234" }, ip()));
    expect(refused).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { password: ["validation.passwordCommon"] } });
    await resetPassword({ token, password: "lantern orchard quietly 58", passwordConfirm: "lantern orchard quietly 58" }, ip());
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await password.verifyPassword(row.passwordHash, "lantern orchard quietly 58")).toBe(true);
  });

  it("on change, keeping the old password", async () => {
    const user = await createUser(factoryDb);
    const session = await db.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    const actor = { id: user.id, sessionId: session.id };
    for (const weak of ["password1234", "qwertyuiop123", "iloveyou2024!"]) {
      const refused = await outcome(changePassword(actor, { currentPassword: TEST_PASSWORD, password: weak, passwordConfirm: weak }));
      expect(refused, weak).toMatchObject({ ok: false, fieldErrors: { password: ["validation.passwordCommon"] } });
    }
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await password.verifyPassword(row.passwordHash, TEST_PASSWORD)).toBe(true);
  });
});
