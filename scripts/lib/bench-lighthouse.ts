// `npm run bench -- --lighthouse`: Lighthouse (mobile, its default simulated throttling) on a few
// pages next to the bare ones, against the bench server. Lighthouse is not a dependency of the
// project (it is large and only measures): install it once into a folder of its own,
//   npm install --prefix /tmp/lighthouse lighthouse@~12.8     (13 needs Node 22)
// and point LIGHTHOUSE_BIN at another install if you put it elsewhere. Chromium: CHROME_PATH, or
// /usr/bin/chromium (Debian's).
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { FriendlyError, isStopping, type Log } from "./ui";

const run = promisify(execFile);

export const DEFAULT_LIGHTHOUSE = "/tmp/lighthouse/node_modules/.bin/lighthouse";

export type LighthouseRow = {
  name: string;
  path: string;
  /** Medians of the runs. */
  performance: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  firstContentfulPaintMs: number;
  /** Requests for page data (RSC, `_rsc=`) the page made while loading: prefetches (lib/i18n/link.tsx). */
  dataRequests: number;
  runs: number;
};

export function lighthouseBin(): string {
  const bin = process.env.LIGHTHOUSE_BIN ?? DEFAULT_LIGHTHOUSE;
  if (!existsSync(bin)) {
    throw new FriendlyError(
      `Lighthouse is not installed at ${bin}: run \`npm install --prefix /tmp/lighthouse lighthouse@~12.8\` (or set LIGHTHOUSE_BIN).`,
    );
  }
  return bin;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
};

type Report = {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: { items?: { url?: string }[] } }>;
  runtimeError?: { message: string };
};

/**
 * `runs` Lighthouse runs per page, in rounds: each round runs every page once, so the bare pages
 * and the app's pages meet the same moment of a machine whose speed drifts (their TBT ratio is the
 * goal). After each round `onRound` gets the medians so far, for the caller to save.
 */
export async function lighthouse(
  base: string,
  pages: { name: string; path: string }[],
  opts: { runs: number; dir: string; log: Log; onRound?: (rows: LighthouseRow[]) => void },
): Promise<LighthouseRow[]> {
  const bin = lighthouseBin();
  const chrome = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  mkdirSync(opts.dir, { recursive: true });
  const reports = new Map<string, Report[]>(pages.map((p) => [p.name, []]));
  const attempts = new Map<string, number>(pages.map((p) => [p.name, 0]));
  const wanting = () => pages.filter((p) => (reports.get(p.name)?.length ?? 0) < opts.runs && (attempts.get(p.name) ?? 0) < opts.runs + 2);

  // A failed run (Chromium starved on a busy machine, a timeout) is reported and skipped: the
  // other runs and pages still count, and the load-test rows are already saved.
  for (let round = 1; wanting().length > 0 && !isStopping(); round++) {
    for (const page of wanting()) {
      if (isStopping()) break;
      const i = (attempts.get(page.name) ?? 0) + 1;
      attempts.set(page.name, i);
      const output = join(opts.dir, `${page.name.replace(/\W+/g, "-")}-${i}.json`);
      try {
        await run(
          process.execPath,
          [
            bin,
            `${base}${page.path}`,
            "--only-categories=performance",
            "--output=json",
            `--output-path=${output}`,
            "--quiet",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking",
          ],
          { env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) }, timeout: 300_000 },
        );
        const report = JSON.parse(readFileSync(output, "utf8")) as Report;
        if (report.runtimeError) throw new Error(report.runtimeError.message);
        reports.get(page.name)?.push(report);
      } catch (error) {
        const stderr = (error as { stderr?: string }).stderr?.trim().split("\n").pop();
        opts.log(`  Lighthouse ${page.name}, run ${i} failed: ${stderr || (error as Error).message.split("\n")[0] || "failed"}`);
      }
    }
    opts.log(`  Lighthouse round ${round} done (${pages.map((p) => `${p.name} ${reports.get(p.name)?.length ?? 0}`).join(", ")})`);
    opts.onRound?.(medians(pages, reports));
  }

  const rows = medians(pages, reports);
  for (const page of pages) if (!rows.some((r) => r.name === page.name)) opts.log(`  Lighthouse ${page.name}: no run succeeded, skipped.`);
  for (const row of rows) {
    opts.log(
      `  Lighthouse ${row.name}: performance ${row.performance.toFixed(2)}, TBT ${Math.round(row.totalBlockingTimeMs)} ms, LCP ${Math.round(row.largestContentfulPaintMs)} ms, ${row.dataRequests} page-data requests (median of ${row.runs})`,
    );
  }
  return rows;
}

/** Each page's medians over its successful runs (pages without one are left out). */
function medians(pages: { name: string; path: string }[], all: Map<string, Report[]>): LighthouseRow[] {
  const rows: LighthouseRow[] = [];
  for (const page of pages) {
    const reports = all.get(page.name) ?? [];
    if (reports.length === 0) continue;
    const audit = (id: string) => median(reports.map((r) => r.audits[id]?.numericValue ?? Number.NaN));
    rows.push({
      name: page.name,
      path: page.path,
      performance: median(reports.map((r) => r.categories.performance.score ?? 0)),
      totalBlockingTimeMs: audit("total-blocking-time"),
      largestContentfulPaintMs: audit("largest-contentful-paint"),
      firstContentfulPaintMs: audit("first-contentful-paint"),
      dataRequests: median(
        reports.map((r) => (r.audits["network-requests"]?.details?.items ?? []).filter((i) => i.url?.includes("_rsc=")).length),
      ),
      runs: reports.length,
    });
  }
  return rows;
}
