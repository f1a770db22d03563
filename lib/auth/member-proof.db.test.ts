import { encode } from "next-auth/jwt";
import { afterAll, describe, expect, it } from "vitest";
import { createScriptClient } from "@/prisma/client";
import { createSession, createUser } from "@/prisma/factories";
import { createMemberProof, sessionTokenFrom } from "./member-proof.mjs";

// Who counts as a member when a cached copy is chosen (lib/auth/member-proof.mjs): the same
// person getCurrentUser() finds — a token the server made, a live session row, a user who may
// sign in — against the real database, and nothing for a cookie anyone could write.

const db = createScriptClient();
afterAll(() => db.$disconnect());

const SECRET = "member-proof-test-secret-0123456789";
const NAME = "authjs.session-token";
const prove = createMemberProof({ secret: SECRET, databaseUrl: process.env.DATABASE_URL });

async function cookieFor(sid: string, options: { secret?: string; name?: string; maxAge?: number } = {}) {
  const name = options.name ?? NAME;
  const token = await encode({ token: { sub: "u", sid }, secret: options.secret ?? SECRET, salt: name, maxAge: options.maxAge ?? 3600 });
  return `theme=dark; ${name}=${token}; ep-member=1`;
}

async function signedIn(input: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(db, input);
  const session = await createSession(db, { userId: user.id });
  return { user, session, cookie: await cookieFor(session.id) };
}

describe("member proof (real database)", () => {
  it("proves a live session and nothing a visitor can write", async () => {
    const { session, cookie } = await signedIn();
    expect(await prove(cookie)).toBe(true);
    // The same token twice (remembered once it decrypted) still reads the row.
    expect(await prove(cookie)).toBe(true);

    expect(await prove(undefined)).toBe(false);
    expect(await prove("")).toBe(false);
    expect(await prove(`${NAME}=forged; ep-member=1`)).toBe(false);
    expect(await prove(`${NAME}=; ep-member=1`)).toBe(false);
    // A well-formed token made with another secret, or for another cookie name (salt).
    expect(await prove(await cookieFor(session.id, { secret: "another-secret-of-the-same-length-42" }))).toBe(false);
    expect(await prove(await cookieFor(session.id, { name: `__Secure-${NAME}` }))).toBe(false);
    // A genuine token whose session id names no session.
    expect(await prove(await cookieFor("c0000000000000000000000000"))).toBe(false);
    // An expired token, whatever its row says.
    expect(await prove(await cookieFor(session.id, { maxAge: -10 }))).toBe(false);
  });

  it("refuses at the next request a session revoked or expired, a suspended user and an unconfirmed email", async () => {
    const revoked = await signedIn();
    expect(await prove(revoked.cookie)).toBe(true);
    await db.session.update({ where: { id: revoked.session.id }, data: { revokedAt: new Date() } });
    expect(await prove(revoked.cookie)).toBe(false);

    const expired = await signedIn();
    await db.session.update({ where: { id: expired.session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await prove(expired.cookie)).toBe(false);

    const suspended = await signedIn();
    expect(await prove(suspended.cookie)).toBe(true);
    await db.user.update({ where: { id: suspended.user.id }, data: { status: "SUSPENDED", suspendedUntil: null } });
    expect(await prove(suspended.cookie)).toBe(false);
    await db.user.update({ where: { id: suspended.user.id }, data: { suspendedUntil: new Date(Date.now() + 3600_000) } });
    expect(await prove(suspended.cookie)).toBe(false);
    // A suspension that has run out no longer counts (lib/accounts/login.ts isSuspended).
    await db.user.update({ where: { id: suspended.user.id }, data: { suspendedUntil: new Date(Date.now() - 1000) } });
    expect(await prove(suspended.cookie)).toBe(true);

    const unconfirmed = await signedIn({ verified: false });
    expect(await prove(unconfirmed.cookie)).toBe(false);
  });

  it("reads a token split into chunks, and the secure name on an HTTPS site", async () => {
    const { session } = await signedIn();
    const token = await encode({ token: { sub: "u", sid: session.id }, secret: SECRET, salt: NAME, maxAge: 3600 });
    const half = Math.floor(token.length / 2);
    expect(await prove(`${NAME}.1=${token.slice(half)}; ${NAME}.0=${token.slice(0, half)}`)).toBe(true);
    expect(sessionTokenFrom(`a=1; ${NAME}.0=ab; ${NAME}.1=cd`, NAME)).toBe("abcd");
    expect(sessionTokenFrom(`${NAME}x=ab`, NAME)).toBeNull();

    const secure = createMemberProof({ secret: SECRET, secure: true, databaseUrl: process.env.DATABASE_URL });
    const secureName = `__Secure-${NAME}`;
    expect(await secure(await cookieFor(session.id, { name: secureName }))).toBe(true);
    expect(await secure(await cookieFor(session.id))).toBe(false);
  });

  it("answers no, and says what to do, when the database cannot be read", async () => {
    const { cookie } = await signedIn();
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(" "));
    try {
      const down = createMemberProof({ secret: SECRET, databaseUrl: "postgresql://nobody:wrong@127.0.0.1:1/none" });
      expect(await down(cookie)).toBe(false);
    } finally {
      console.error = original;
    }
    expect(String(errors[0])).toMatch(/DATABASE_URL/);
  });
});
