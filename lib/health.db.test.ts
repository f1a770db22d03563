import { afterEach, describe, expect, it, vi } from "vitest";

// Real connections: the test services for "up", closed local ports for "down".
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

describe("health checks", () => {
  it("reports both services up against the test database and search", async () => {
    const { checkHealth } = await import("./health");
    const health = await checkHealth();
    expect(health.database.ok).toBe(true);
    expect(health.search.ok).toBe(true);
    expect(health.ok).toBe(true);
  });

  it("reports search down when Meilisearch does not answer", async () => {
    process.env.MEILI_HOST = "http://127.0.0.1:9";
    const { checkHealth } = await import("./health");
    const health = await checkHealth();
    expect(health.search.ok).toBe(false);
    expect(health.database.ok).toBe(true);
    expect(health.ok).toBe(false);
  });

  it("reports the database down when PostgreSQL does not answer", async () => {
    process.env.DATABASE_URL = "postgresql://nobody:secret@127.0.0.1:9/none";
    const { checkHealth } = await import("./health");
    const health = await checkHealth();
    expect(health.database.ok).toBe(false);
    expect(health.ok).toBe(false);
    // One line saying why, for the log: not Prisma's multi-line invocation report.
    expect(health.database.error).toMatch(/^Can't reach database server at 127\.0\.0\.1:9$/);
  });
});

describe("the proxy's database probe and 503 page", () => {
  it("notices an unreachable database and serves a translated 503", async () => {
    process.env.DATABASE_URL = "postgresql://nobody:secret@127.0.0.1:9/none";
    const { databaseReachable } = await import("./db-probe");
    expect(await databaseReachable()).toBe(false);
    const { unavailableResponse } = await import("./unavailable-page");
    const response = unavailableResponse("/lv/account");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    const html = await response.text();
    const lv = (await import("@/messages/lv.json")).default;
    expect(html).toContain('lang="lv"');
    expect(html).toContain(lv.status.unavailableTitle);
    expect(html).not.toContain("<script");
  });

  it("finds the test database reachable", async () => {
    const { databaseReachable } = await import("./db-probe");
    expect(await databaseReachable()).toBe(true);
  });
});
