// Which address a request comes from, for rate limits (issue 8: "client-chosen addresses").
//
// `next start` keeps an X-Forwarded-For that the client sent and only fills it from the socket
// when it is missing (node_modules/next/dist/server/base-server.js: `??=`), so anyone could pick
// the address their attempts count against. The web server of `npm start` (scripts/server.mjs)
// therefore rewrites the forwarding headers of every request before Next sees it:
//   - from a connection that is not a trusted proxy (TRUSTED_PROXIES), the client's own
//     X-Forwarded-* headers are dropped and X-Forwarded-For becomes the socket address;
//   - from a trusted proxy, X-Forwarded-For is read from the right, skipping trusted hops, and
//     the first address that is not a trusted proxy is the client.
// Plain JavaScript: it runs in the server process before any TypeScript tooling.
import { BlockList, isIP } from "node:net";

/** "::ffff:127.0.0.1" (IPv4 seen through an IPv6 socket) → "127.0.0.1". */
function normalise(address) {
  const a = String(address ?? "").trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1] : a;
}

/**
 * Parses TRUSTED_PROXIES ("127.0.0.1, 10.0.0.0/8, ::1"): addresses or CIDR ranges. Empty or
 * unset: no proxy is trusted. Throws on anything else, so a typo cannot silently trust no one.
 */
export function parseTrustedProxies(value) {
  const list = new BlockList();
  const entries = String(value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split("/");
    const family = isIP(address);
    const prefix = bits === undefined ? null : Number(bits);
    const max = family === 4 ? 32 : 128;
    if (!family || extra !== undefined || (prefix !== null && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= max))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range (e.g. 127.0.0.1 or 10.0.0.0/8).`);
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === null) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return { list, empty: entries.length === 0 };
}

function isTrusted(address, trusted) {
  if (trusted.empty) return false;
  const family = isIP(address);
  return family !== 0 && trusted.list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** The client's address: the socket's, unless a trusted proxy reports another. */
export function clientAddress(socketAddress, forwardedFor, trusted) {
  const socket = normalise(socketAddress);
  if (!isTrusted(socket, trusted)) return socket || "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : String(forwardedFor ?? ""))
    .split(",")
    .map(normalise)
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    // Garbage cannot be the client: the proxy that wrote it is the last address we can trust.
    if (!isIP(hop)) return i === hops.length - 1 ? socket : hops[i + 1];
    if (!isTrusted(hop, trusted)) return hop;
  }
  return hops[0] ?? socket;
}

const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/**
 * Rewrites a request's headers in place: X-Forwarded-For becomes the one client address; the
 * other forwarding headers are kept only when a trusted proxy sent them.
 */
export function sanitiseForwardedHeaders(headers, socketAddress, trusted) {
  const fromProxy = isTrusted(normalise(socketAddress), trusted);
  headers["x-forwarded-for"] = clientAddress(socketAddress, headers["x-forwarded-for"], trusted);
  if (!fromProxy) for (const name of FORWARDED) delete headers[name];
  else delete headers["x-real-ip"];
}
