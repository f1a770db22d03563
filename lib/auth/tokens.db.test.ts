import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createScriptClient } from "@/prisma/client";
import { createUser } from "@/prisma/factories";
import { consumeToken, issueToken, sha256 } from "./tokens";

const factoryDb = createScriptClient();
afterAll(() => factoryDb.$disconnect());

describe("one-time tokens (real database)", () => {
  it("stores only the hash and can be used exactly once, even when raced", async () => {
    const user = await createUser(factoryDb);
    const token = await issueToken(user.id, "PASSWORD_RESET");
    expect(await db.oneTimeToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await db.oneTimeToken.count({ where: { tokenHash: sha256(token) } })).toBe(1);
    const results = await Promise.all(Array.from({ length: 10 }, () => consumeToken(token, "PASSWORD_RESET")));
    expect(results.filter((r) => r === user.id)).toHaveLength(1);
    expect(await consumeToken(token, "PASSWORD_RESET")).toBeNull();
  });

  it("refuses an expired token and a token of another purpose", async () => {
    const user = await createUser(factoryDb);
    const verification = await issueToken(user.id, "EMAIL_VERIFICATION");
    expect(await consumeToken(verification, "PASSWORD_RESET")).toBeNull();
    await db.oneTimeToken.updateMany({ where: { tokenHash: sha256(verification) }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await consumeToken(verification, "EMAIL_VERIFICATION")).toBeNull();
  });

  it("invalidates the previous token when a new one is issued", async () => {
    const user = await createUser(factoryDb);
    const first = await issueToken(user.id, "PASSWORD_RESET");
    const second = await issueToken(user.id, "PASSWORD_RESET");
    expect(await consumeToken(first, "PASSWORD_RESET")).toBeNull();
    expect(await consumeToken(second, "PASSWORD_RESET")).toBe(user.id);
  });
});
