import "server-only";
import { headers } from "next/headers";

/**
 * The client's address, for rate limiting. `next start` fills X-Forwarded-For with the
 * socket address when the request has none. Behind a reverse proxy that appends the real
 * client address, the right-most entry is the proxy's word and cannot be forged by the
 * client. Exposed directly, a client could send its own header: run production behind a
 * proxy that sets X-Forwarded-For (docs/operations.md); per-account limits hold regardless.
 */
export function clientIpFrom(h: Headers): string {
  const parts = (h.get("x-forwarded-for") ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  return parts[parts.length - 1] ?? h.get("x-real-ip") ?? "unknown";
}

export async function clientIp(): Promise<string> {
  return clientIpFrom(await headers());
}
