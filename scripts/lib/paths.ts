// Where the launcher keeps things. Everything local and disposable lives in .data/ (gitignored).
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FriendlyError } from "./ui";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** dev: `npm start`/`dev`; test: `npm test`; bench: `npm run bench`; drill: the fault drill's own instance. */
export type Profile = "dev" | "test" | "bench" | "drill";

/** Environment for child processes (NodeJS.ProcessEnv is narrowed by next's types). */
export type Env = Record<string, string | undefined>;

/**
 * The profile of `npm start` and of the database tools (db:backup, db:restore): dev. The fault
 * drill (scripts/drills) and the backup test set EPANEMA_PROFILE=drill to run a separate instance
 * with its own services and data, which they may break at will.
 */
export function appProfile(): "dev" | "drill" {
  const profile = process.env.EPANEMA_PROFILE ?? "dev";
  if (profile !== "dev" && profile !== "drill") {
    throw new FriendlyError(`EPANEMA_PROFILE=${profile} is not known: leave it unset (it is for the fault drill).`);
  }
  return profile;
}

/** `.data/<profile>`, created on demand. */
export function profileDir(profile: Profile): string {
  const dir = join(root, ".data", profile);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function dataDir(): string {
  const dir = join(root, ".data");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Path relative to the project root, for messages. */
export function rel(path: string): string {
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
}

export const bins = {
  next: join(root, "node_modules/next/dist/bin/next"),
  tsx: join(root, "node_modules/tsx/dist/cli.mjs"),
  vitest: join(root, "node_modules/vitest/vitest.mjs"),
  playwright: join(root, "node_modules/@playwright/test/cli.js"),
};

export function exists(path: string): boolean {
  return existsSync(path);
}
