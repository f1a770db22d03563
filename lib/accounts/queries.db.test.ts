import { afterAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/guard";
import { createScriptClient } from "@/prisma/client";
import { createNotification, createSession, createUser } from "@/prisma/factories";
import { memberHeader } from "./queries";

const factoryDb = createScriptClient();
afterAll(async () => {
  await factoryDb.$disconnect();
});

const asCurrent = (u: { id: string; name: string; email: string; role: CurrentUser["role"] }): CurrentUser => ({
  ...u,
  country: "LV",
  locale: "en",
  organisationId: null,
  organisationName: null,
  sessionId: "s",
});

describe("memberHeader (real database): what /api/me tells the browser (decision 013)", () => {
  it("says whether this is the member's first session only when asked (the home page's greeting)", async () => {
    const user = await createUser(factoryDb);
    const first = await createSession(factoryDb, { userId: user.id });
    const second = await createSession(factoryDb, { userId: user.id });
    const current = (sessionId: string) => ({ ...asCurrent(user), sessionId });
    expect((await memberHeader(current(first.id), { welcome: true })).firstVisit).toBe(true);
    expect((await memberHeader(current(second.id), { welcome: true })).firstVisit).toBe(false);
  });

  it("counts only the member's own unread notifications and lists their role's permissions", async () => {
    const librarian = await createUser(factoryDb, { role: "LIBRARIAN" });
    const other = await createUser(factoryDb);
    await createNotification(factoryDb, { userId: librarian.id });
    await createNotification(factoryDb, { userId: librarian.id });
    await createNotification(factoryDb, { userId: librarian.id, read: true });
    await createNotification(factoryDb, { userId: other.id });
    const header = await memberHeader(asCurrent(librarian));
    expect(header).toEqual({ name: librarian.name, unread: 2, permissions: expect.any(Array) });
    expect(header.permissions).toContain("forum.post");
    expect(header.permissions).not.toContain("knowledge.edit");
    expect(header.permissions).not.toContain("admin.access");
    // Nothing else about the person (no email, no session, no organisation).
    expect(Object.keys(header).sort()).toEqual(["name", "permissions", "unread"]);

    const coordinator = await createUser(factoryDb, { role: "COORDINATOR" });
    const staff = await memberHeader(asCurrent(coordinator));
    expect(staff.unread).toBe(0);
    expect(staff.firstVisit).toBeUndefined();
    expect(staff.permissions).toEqual(expect.arrayContaining(["knowledge.edit", "admin.access", "forum.moderate"]));
  });
});
