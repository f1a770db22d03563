// Production build when missing or stale. Stale = the hash of everything that goes into the
// build differs from the one saved with the last successful build.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { bins, type Env, type Profile, profileDir, rel, root } from "./paths";
import { closeFd, openLog, run, tail } from "./proc";
import { FriendlyError, isStopping, type Log, step } from "./ui";

const HASH_FILE = join(root, ".next", "epanema-build-hash");

// Everything at the root goes into the hash (so a new folder such as i18n/ is not missed)
// except what cannot affect the build.
const SKIP_DIRS = new Set([
  "node_modules",
  ".next",
  ".data",
  ".git",
  ".ci",
  "e2e",
  "scripts",
  "docs",
  "storage",
  "backups",
  "test-results",
  "playwright-report",
  "blob-report",
  "coverage",
  "lib/generated", // derived from prisma/schema.prisma, which is hashed
  "prisma/migrations",
]);
const SKIP_FILES = new Set([
  "prisma/seed.ts",
  "vitest.config.ts",
  "playwright.config.ts",
  "biome.json",
  "biome.jsonc",
  "prisma.config.ts",
  "README.md",
  "LICENSE",
  "next-env.d.ts", // rewritten by next itself
]);
const SKIP_FILE = /(\.test\.[cm]?[jt]sx?|\.md|\.tsbuildinfo)$/;

function collect(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const r = relative(root, full);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(r)) collect(full, out);
    } else if (entry.isFile() && !SKIP_FILES.has(r) && !SKIP_FILE.test(r)) {
      out.push(r);
    }
  }
}

export function sourceHash(): string {
  const files: string[] = [];
  collect(root, files);
  files.sort();
  const hash = createHash("sha256");
  for (const f of files) {
    hash.update(`${f}\0`);
    hash.update(readFileSync(join(root, f)));
    hash.update("\0");
  }
  // NEXT_PUBLIC_* values are inlined into the client bundle at build time.
  for (const key of Object.keys(process.env)
    .filter((k) => k.startsWith("NEXT_PUBLIC_"))
    .sort()) {
    hash.update(`${key}=${process.env[key]}\0`);
  }
  return hash.digest("hex");
}

export function buildState(): { fresh: boolean; reason: string; hash: string } {
  const hash = sourceHash();
  if (!existsSync(join(root, ".next", "BUILD_ID"))) return { fresh: false, reason: "no build yet", hash };
  const saved = existsSync(HASH_FILE) ? readFileSync(HASH_FILE, "utf8").trim() : "";
  return saved === hash ? { fresh: true, reason: "", hash } : { fresh: false, reason: "sources changed", hash };
}

/** Runs `next build` when needed. The build needs no database (pages are dynamic). */
export async function buildIfStale(env: Env, profile: Profile, log: Log): Promise<boolean> {
  const state = buildState();
  if (state.fresh) return false;
  const logFile = join(profileDir(profile), "build.log");
  await step(
    log,
    `Building the app (${state.reason})`,
    async () => {
      const verbose = process.env.BUILD_VERBOSE === "1";
      const fd = verbose ? null : openLog(logFile, 0);
      try {
        const code = await run(process.execPath, [bins.next, "build"], {
          cwd: root,
          env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
          stdio: fd === null ? "inherit" : ["ignore", fd, fd],
        });
        if (code !== 0 && isStopping()) throw new FriendlyError("Build interrupted.");
        if (code !== 0) {
          if (fd !== null) {
            console.error(tail(logFile, 40).join("\n"));
          }
          throw new FriendlyError(
            `The build failed (next build exited with ${code}): see the errors above${fd === null ? "" : ` and ${rel(logFile)}`}.`,
          );
        }
      } finally {
        if (fd !== null) closeFd(fd);
      }
      // Hash of the sources as they were when the build started.
      writeFileSync(HASH_FILE, `${state.hash}\n`);
    },
    { announce: true },
  );
  return true;
}
