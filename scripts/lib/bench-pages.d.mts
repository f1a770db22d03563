// Types for bench-pages.mjs (plain JavaScript: it runs in the server process as is).
export const BENCH_ENV: "EPANEMA_BENCH";
export function isBenchPage(url: string | undefined): boolean;
export function benchPagesOpen(env: Record<string, string | undefined>): boolean;
