import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { exitInfoOf, type Running, type Supervisor, supervise } from "./supervise";

// Real child processes (node itself), real signals: only the services are stand-ins.
function startChild(): Running {
  const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  const exited = exitInfoOf(child);
  return {
    pid: child.pid as number,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

function until<T>(check: () => T | undefined | null | false, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = () => {
      const value = check();
      if (value) return resolve(value);
      if (Date.now() > end) return reject(new Error("condition not met in time"));
      setTimeout(tick, 20);
    };
    tick();
  });
}

const supervisors: Supervisor[] = [];
afterEach(async () => {
  await Promise.all(supervisors.splice(0).map((s) => s.stop()));
});

describe("supervising an embedded service", () => {
  it("restarts a service killed with SIGKILL and says so", async () => {
    const lines: string[] = [];
    const first = startChild();
    let gaveUp = "";
    const s = supervise(first, {
      name: "PostgreSQL",
      log: (l) => lines.push(l),
      restart: async () => startChild(),
      onGiveUp: (r) => {
        gaveUp = r;
      },
      baseDelayMs: 50,
    });
    supervisors.push(s);
    process.kill(first.pid, "SIGKILL");
    const second = await until(() => s.current() !== first && s.current());
    expect(second.pid).not.toBe(first.pid);
    expect(() => process.kill(second.pid, 0)).not.toThrow();
    expect(lines[0]).toBe("[services] PostgreSQL exited unexpectedly (signal SIGKILL); restarting in 50 ms (attempt 1/5)");
    await until(() => lines.some((l) => l === `[services] PostgreSQL is running again (pid ${second.pid}).`));
    expect(gaveUp).toBe("");
  });

  it("doubles the delay while restarts fail, and gives up after the last attempt", async () => {
    const lines: string[] = [];
    const first = startChild();
    let attempts = 0;
    let gaveUp = "";
    const s = supervise(first, {
      name: "Meilisearch",
      log: (l) => lines.push(l),
      restart: async () => {
        attempts++;
        throw new Error(`Port 7701 is in use: stop the other program\nsecond line`);
      },
      onGiveUp: (r) => {
        gaveUp = r;
      },
      baseDelayMs: 20,
      maxAttempts: 3,
    });
    supervisors.push(s);
    process.kill(first.pid, "SIGKILL");
    await until(() => gaveUp);
    expect(attempts).toBe(3);
    expect(lines).toEqual([
      "[services] Meilisearch exited unexpectedly (signal SIGKILL); restarting in 20 ms (attempt 1/3)",
      "[services] Meilisearch could not be restarted (Port 7701 is in use: stop the other program); restarting in 40 ms (attempt 2/3)",
      "[services] Meilisearch could not be restarted (Port 7701 is in use: stop the other program); restarting in 80 ms (attempt 3/3)",
      "[services] Meilisearch could not be restarted (Port 7701 is in use: stop the other program); 3 restarts in a row did not keep it running: stopping E-PANEMA so that a process manager can restart it.",
    ]);
    expect(gaveUp).toContain("3 restarts in a row did not keep it running");
  });

  it("gives up on a crash loop: restarts that keep dying soon after count together", async () => {
    const lines: string[] = [];
    let gaveUp = "";
    const first = startChild();
    const s = supervise(first, {
      name: "PostgreSQL",
      log: (l) => lines.push(l),
      restart: async () => startChild(),
      onGiveUp: (r) => {
        gaveUp = r;
      },
      baseDelayMs: 10,
      maxAttempts: 2,
      stableMs: 60_000,
    });
    supervisors.push(s);
    let victim = first;
    for (let i = 0; i < 3; i++) {
      process.kill(victim.pid, "SIGKILL");
      if (i < 2) victim = await until(() => s.current() !== victim && s.current());
    }
    await until(() => gaveUp);
    expect(lines.filter((l) => l.includes("attempt"))).toEqual([
      "[services] PostgreSQL exited unexpectedly (signal SIGKILL); restarting in 10 ms (attempt 1/2)",
      "[services] PostgreSQL exited unexpectedly (signal SIGKILL); restarting in 20 ms (attempt 2/2)",
    ]);
    expect(gaveUp).toBe("PostgreSQL exited unexpectedly (signal SIGKILL); 2 restarts in a row did not keep it running");
  });

  it("starts counting again after a stable run", async () => {
    const lines: string[] = [];
    const first = startChild();
    const s = supervise(first, {
      name: "PostgreSQL",
      log: (l) => lines.push(l),
      restart: async () => startChild(),
      onGiveUp: () => {},
      baseDelayMs: 10,
      stableMs: 0,
    });
    supervisors.push(s);
    let victim = first;
    for (let i = 0; i < 3; i++) {
      process.kill(victim.pid, "SIGKILL");
      victim = await until(() => s.current() !== victim && s.current());
    }
    expect(lines.filter((l) => l.includes("attempt")).every((l) => l.endsWith("(attempt 1/5)"))).toBe(true);
  });

  it("a stop during the restart delay stops for good: nothing is started", async () => {
    const first = startChild();
    let restarts = 0;
    const s = supervise(first, {
      name: "Meilisearch",
      log: () => {},
      restart: async () => {
        restarts++;
        return startChild();
      },
      onGiveUp: () => {},
      baseDelayMs: 5_000,
    });
    process.kill(first.pid, "SIGKILL");
    await first.exited;
    await s.stop(); // resolves once the watch loop has ended: no restart can follow
    expect(restarts).toBe(0);
  });

  it("a normal stop is not taken for a crash", async () => {
    const lines: string[] = [];
    const first = startChild();
    const s = supervise(first, { name: "PostgreSQL", log: (l) => lines.push(l), restart: async () => startChild(), onGiveUp: () => {} });
    await s.stop();
    expect(await first.exited).toEqual({ code: null, signal: "SIGTERM" });
    expect(lines).toEqual([]);
  });
});
