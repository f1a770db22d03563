import "server-only";
import { headers } from "next/headers";

/**
 * The client's address, for rate limiting. The production server (`npm start`,
 * scripts/server.mjs) replaces X-Forwarded-For on every request with the one address it
 * decided on: the connection's, or what a proxy listed in TRUSTED_PROXIES reports (decision 006).
 * Under `next dev` the header is whatever the client sent: development only.
 */
export function clientIpFrom(h: Headers): string {
  const parts = (h.get("x-forwarded-for") ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  return parts[parts.length - 1] ?? "unknown";
}

export async function clientIp(): Promise<string> {
  return clientIpFrom(await headers());
}
