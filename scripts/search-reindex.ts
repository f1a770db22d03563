// `npm run search:reindex`: rebuilds the search index from PostgreSQL without downtime — fills a
// new index from every source (lib/search/sources.ts), swaps it with the live one, deletes the
// old one. Uses DATABASE_URL / MEILI_HOST (from the environment or .env) when set, else the
// embedded dev services (attached to when `npm run dev`/`services` runs, started otherwise).
// Runs under `tsx --conditions=react-server` (see package.json): lib/ modules start with
// `import "server-only"`, which only loads under that condition — outside Next too.
import { loadDotenv } from "./lib/app";
import { connectSearchServices } from "./search-check";
import { consoleLog, formatSeconds, runMain } from "./lib/ui";

const nf = new Intl.NumberFormat("en");

/** A one-line progress bar on a terminal; a line every few seconds in a log. */
function progressPrinter() {
  const tty = process.stdout.isTTY === true;
  let lastLine = 0;
  let drawn = false;
  return {
    update(p: { done: number; total: number | null; rate: number }) {
      const now = Date.now();
      const rate = `${nf.format(Math.round(p.rate))}/s`;
      const count = p.total ? `${nf.format(p.done)} / ~${nf.format(p.total)} documents` : `${nf.format(p.done)} documents`;
      if (tty) {
        const width = 24;
        const share = p.total ? Math.min(p.done / p.total, 1) : 0;
        const bar = p.total
          ? `[${"#".repeat(Math.round(share * width)).padEnd(width, "-")}] ${String(Math.round(share * 100)).padStart(3)}%  `
          : "";
        process.stdout.write(`\r\x1b[2KIndexing ${bar}${count}  ${rate}`);
        drawn = true;
      } else if (now - lastLine > 2000) {
        console.log(`Indexing… ${count} (${rate})`);
        lastLine = now;
      }
    },
    end() {
      if (drawn) process.stdout.write("\n");
      drawn = false;
    },
  };
}

runMain(async () => {
  loadDotenv();
  const services = await connectSearchServices();
  const { searchSources } = await import("../lib/search/registry");
  const { reindex } = await import("../lib/search/reindex");
  const types = searchSources().map((s) => s.type);
  consoleLog(`Rebuilding the search index from ${types.length === 0 ? "no source (the index will be empty)" : types.join(", ")}…`);
  const progress = progressPrinter();
  try {
    const result = await reindex({
      onProgress: (p) => progress.update(p),
      log: (line) => {
        progress.end();
        consoleLog(line);
      },
    });
    progress.end();
    await services.stop(); // before the report, so that it ends the output
    consoleLog(
      `Rebuilt "${result.index}": ${nf.format(result.documents)} documents in ${formatSeconds(result.ms)}; swapped in, old index deleted.`,
    );
    if (result.requeued > 0) consoleLog(`${result.requeued} entities changed meanwhile; the app's indexer will apply them.`);
  } finally {
    progress.end();
  }
  return 0;
});
