// Runs once when a Next.js server starts (Next 16 still calls register(); see
// node_modules/next/dist/docs/01-app/03-api-reference/03-file-conventions/instrumentation.md).
// Starts the search indexer, which drains the outbox into Meilisearch (lib/search/indexer.ts),
// the hourly forum digest round (lib/notifications/digest.ts), the hourly housekeeping round that deletes
// what has done its job — ended sessions, spent one-time links, old audit entries, processed outbox
// rows, expired rate-limit counters (lib/housekeeping.ts) — and the hourly "not verified for a
// year" round of the initiatives map (lib/initiatives/service.ts), in every instance.
export async function register() {
  // Not on the Edge runtime, and not while `next build` prerenders (route modules may load
  // instrumentation then too).
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startSearchIndexer } = await import("./lib/search/indexer");
    startSearchIndexer();
    const { startDigestTimer } = await import("./lib/notifications/digest");
    startDigestTimer();
    const { startHousekeeping } = await import("./lib/housekeeping");
    startHousekeeping();
    const { startOverdueTimer } = await import("./lib/initiatives/service");
    startOverdueTimer();
  }
}
