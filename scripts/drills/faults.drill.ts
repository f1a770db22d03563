// The fault drill: runs the real `npm start` (scripts/start.ts) as a separate instance — its own
// embedded PostgreSQL and Meilisearch under .data/drill, its own ports — and kills its services
// with SIGKILL the way a crash or the OOM killer would. Nobody restarts anything by hand: the
// launcher's supervisor must, and the app must recover by itself. Needs the production build
// (`npm test` builds before this step). Run: npm test -- --drills
import { type ChildProcess, type SpawnOptions, spawn } from "node:child_process";
import { createWriteStream, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Env, profileDir, root } from "../lib/paths";
import { relocationBase } from "../lib/postgres";

const DEADLINE = 180_000; // generous: the machine may be busy with other work
const drillDir = profileDir("drill");

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = DEADLINE): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ""}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** One `npm start` of the drill profile, its output kept for assertions (and in .data/drill). */
class Launch {
  child: ChildProcess;
  output = "";
  exit: Promise<number | null>;
  constructor(
    readonly port: number,
    env: Record<string, string>,
    logName: string,
  ) {
    // Only what a person's shell would have: no test database or index prefix of `npm test`.
    const {
      DATABASE_URL: _d,
      MEILI_HOST: _h,
      MEILI_MASTER_KEY: _k,
      MEILI_INDEX_PREFIX: _p,
      E2E: _e,
      NODE_ENV: _n,
      VITEST: _v,
      ...base
    } = process.env;
    const childEnv: Env = {
      ...base,
      EPANEMA_PROFILE: "drill",
      PORT: String(port),
      MAIL_DIR: join(drillDir, "mail"),
      STORAGE_DIR: join(drillDir, "storage"),
      ...env,
    };
    // `node --import tsx` rather than the tsx CLI: one process, so that its exit means the
    // launcher has finished cleaning up (the CLI's wrapper may exit before its child).
    this.child = spawn(process.execPath, ["--import", "tsx", join(root, "scripts", "start.ts")], {
      cwd: root,
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    } as SpawnOptions);
    const file = createWriteStream(join(drillDir, logName));
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString();
      file.write(chunk);
    };
    this.child.stdout?.on("data", collect);
    this.child.stderr?.on("data", collect);
    this.exit = new Promise((resolve) => this.child.once("exit", (code) => resolve(code)));
  }
  get base() {
    return `http://localhost:${this.port}`;
  }
  async ready() {
    await until(
      "the app to be ready",
      async () => {
        if (this.child.exitCode !== null) throw new Error(`npm start exited with ${this.child.exitCode}:\n${this.output.slice(-2000)}`);
        return this.output.includes("E-PANEMA is ready at");
      },
      600_000,
    );
  }
  async stop() {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill("SIGTERM");
      await this.exit;
    }
  }
}

function databaseUrl(): string {
  const state = JSON.parse(readFileSync(join(drillDir, "services.json"), "utf8")) as { postgres: { url: string } };
  return state.postgres.url;
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl(), connectionTimeoutMillis: 5000 });
  client.on("error", () => {});
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The postmaster's pid: first line of postmaster.pid in the data directory the server reports. */
async function postmasterPid(): Promise<number> {
  const [{ data_directory }] = await query<{ data_directory: string }>("SHOW data_directory");
  return Number(readFileSync(join(data_directory, "postmaster.pid"), "utf8").split("\n")[0]);
}

const meiliPid = () => Number(readFileSync(join(drillDir, "meili.pid"), "utf8").trim());

/** Logs in through Auth.js's credentials endpoint, as the login form does; returns the cookies. */
async function logIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const [name, ...value] = pair.split("=");
      jar.set(name, value.join("="));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie(), Origin: base },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/en` }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`login failed (${res.status})`);
  return cookie();
}

const status = async (url: string) => (await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) })).status;

describe("npm start supervises the services it started", () => {
  let app: Launch;
  const expiredKey = `drill:expired:${Date.now()}`;

  beforeAll(async () => {
    // A first start from nothing, as on a new machine: migrations and seed run on this Node too.
    for (const name of ["postgres", "meili", "seeded", "services.json", "mail", "storage"]) {
      rmSync(join(drillDir, name), { recursive: true, force: true });
    }
    rmSync(join(relocationBase(), "drill"), { recursive: true, force: true });
    // A long first delay, so that the outage is long enough to be seen from outside.
    app = new Launch(
      await freePort(),
      {
        EMBEDDED_PG_PORT: String(await freePort()),
        EMBEDDED_MEILI_PORT: String(await freePort()),
        EMBEDDED_RESTART_DELAY_MS: "5000",
      },
      "drill-supervise.log",
    );
    await app.ready();
    expect(app.output).toContain("Seeding the database (first run)… ok");
    // An expired rate-limit counter, for the app's own pruning to find (test at the end).
    await query(`INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES ($1, 1, now() - interval '3 days')`, [expiredKey]);
  }, 600_000);

  afterAll(async () => {
    await app?.stop();
  }, 120_000);

  it(
    "PostgreSQL killed with SIGKILL: pages answer 503, then 200 again without anyone acting",
    async () => {
      const page = `${app.base}/en/forum`;
      // Wait, not assert: on a busy machine the proxy's first database probe (1 s connect
      // timeout) may fail and show the 503 page for a second before the kill even happens.
      await until("the forum page to answer 200 before the kill", async () => (await status(page)) === 200);
      const pid = await postmasterPid();
      process.kill(pid, "SIGKILL");

      const outage = await until("the 503 page", async () => {
        const res = await fetch(page, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
        return res.status === 503 ? res.text() : null;
      });
      expect(outage).toContain("Temporarily unavailable");
      await until("pages to answer 200 again", async () => (await status(page)) === 200);
      expect(await status(`${app.base}/api/health`)).toBe(200);

      expect(app.output).toContain("[services] PostgreSQL exited unexpectedly (signal SIGKILL); restarting in 5 s (attempt 1/5)");
      // PostgreSQL accepts connections a moment before the supervisor's own readiness check logs it:
      // on a busy machine pages can answer 200 first, so wait for the line rather than expect it.
      await until("the supervisor to report PostgreSQL running again", async () =>
        /\[services\] PostgreSQL is running again \(pid \d+\)/.test(app.output),
      );
      expect(await postmasterPid()).not.toBe(pid);
      expect(app.child.exitCode).toBeNull();
    },
    DEADLINE * 2,
  );

  it(
    "Meilisearch killed with SIGKILL: search says it is unavailable, writes go on, and the index catches up",
    async () => {
      const cookie = await logIn(app.base, "coordinator@demo.e-panema.eu", "Library-Bridges-2026");
      const [topic] = await query<{ id: string }>(
        `SELECT t.id FROM "ForumTopic" t JOIN "ForumCategory" c ON c.id = t."categoryId"
         WHERE c.visibility = 'PUBLIC' AND t."lockedAt" IS NULL ORDER BY t."createdAt" LIMIT 1`,
      );
      const word = `supervisedzeppelin${Date.now().toString(36)}`;
      const search = `${app.base}/api/search?q=${word}&locale=en`;
      const pid = meiliPid();
      process.kill(pid, "SIGKILL");

      const unavailable = await until("search to say it is unavailable", async () => {
        const res = await fetch(search, { signal: AbortSignal.timeout(30_000) });
        return res.status === 503 ? ((await res.json()) as { error: { message: string } }) : null;
      });
      expect(unavailable.error.message).toMatch(/temporarily unavailable/i);

      // A write while search is down: saved at once, its outbox row waits.
      const reply = await fetch(`${app.base}/api/forum/topics/${topic.id}/replies`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: cookie, Origin: app.base },
        body: JSON.stringify({
          locale: "en",
          content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Written while ${word} was down.` }] }] },
        }),
      });
      expect(reply.status).toBe(201);

      const hits = await until("the reply to be searchable", async () => {
        const res = await fetch(search, { signal: AbortSignal.timeout(30_000) });
        if (!res.ok) return null;
        const body = (await res.json()) as { hits: { title: string }[] };
        return body.hits.length > 0 ? body.hits : null;
      });
      expect(hits.length).toBeGreaterThan(0);
      await until("the search outbox to be drained", async () => {
        const [{ waiting }] = await query<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM "SearchOutbox" WHERE "processedAt" IS NULL`,
        );
        return waiting === 0;
      });

      expect(app.output).toContain("[services] Meilisearch exited unexpectedly (signal SIGKILL); restarting in 5 s (attempt 1/5)");
      expect(meiliPid()).not.toBe(pid);
      expect(app.child.exitCode).toBeNull();
    },
    DEADLINE * 2,
  );

  it(
    "the running app prunes expired rate-limit counters by itself",
    async () => {
      await until("the expired counter to be pruned", async () => {
        const rows = await query(`SELECT 1 FROM "RateLimit" WHERE "key" = $1`, [expiredKey]);
        return rows.length === 0;
      });
    },
    DEADLINE * 2,
  );
});

describe("npm start gives up on a service that keeps dying", () => {
  it(
    "stops the app and the other service, and exits non-zero for a process manager to restart it",
    async () => {
      const app = new Launch(
        await freePort(),
        {
          EMBEDDED_PG_PORT: String(await freePort()),
          EMBEDDED_MEILI_PORT: String(await freePort()),
          EMBEDDED_RESTART_DELAY_MS: "100",
        },
        "drill-give-up.log",
      );
      try {
        await app.ready();
        const postgres = await postmasterPid();
        const next = Number(readFileSync(join(drillDir, "next-start.pid"), "utf8").trim());
        // Kill Meilisearch each time it comes back: a crash loop the supervisor must end.
        let victim = meiliPid();
        for (let round = 1; round <= 6; round++) {
          process.kill(victim, "SIGKILL");
          if (round === 6) break;
          const previous = victim;
          victim = await until(`Meilisearch restart ${round}`, async () => {
            const pid = meiliPid();
            return pid !== previous && app.output.includes(`Meilisearch is running again (pid ${pid})`) ? pid : null;
          });
        }
        const code = await Promise.race([app.exit, new Promise((r) => setTimeout(() => r("still running"), DEADLINE))]);
        expect(code).toBe(1);
        expect(app.output).toContain("[services] Meilisearch exited unexpectedly (signal SIGKILL); restarting in 1.6 s (attempt 5/5)");
        expect(app.output).toContain("5 restarts in a row did not keep it running: stopping E-PANEMA");
        expect(isAlive(next)).toBe(false);
        expect(isAlive(postgres)).toBe(false);
      } finally {
        await app.stop();
      }
    },
    DEADLINE * 3,
  );
});
