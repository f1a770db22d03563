// The production web server of `npm start` and `npm test`: `next start`, plus one thing Next does
// not do — deciding which client address a request comes from (scripts/lib/client-address.mjs).
// It uses Next's documented custom-server API; the app and its build are the same as for
// `next start`. Usage: node scripts/next-start.mjs -p PORT [-H HOST]
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import next from "next";
import { parseTrustedProxies, sanitiseForwardedHeaders } from "./lib/client-address.mjs";

const args = process.argv.slice(2);
const option = (flag, fallback) => {
  const i = args.indexOf(flag);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option("-p", process.env.PORT ?? "3000"));
const hostname = option("-H", undefined);

let trusted;
try {
  trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

process.env.NODE_ENV = "production";
const dir = fileURLToPath(new URL("..", import.meta.url));
const app = next({ dev: false, dir, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

let warned = false;
const server = createServer((req, res) => {
  if (!warned && trusted.empty && req.headers["x-forwarded-for"]) {
    warned = true;
    console.warn(
      `[client-address] Ignoring X-Forwarded-For from ${req.socket.remoteAddress}: TRUSTED_PROXIES is not set. ` +
        "Behind a reverse proxy, set TRUSTED_PROXIES to its address, or every client shares the proxy's rate limits.",
    );
  }
  sanitiseForwardedHeaders(req.headers, req.socket.remoteAddress, trusted);
  handle(req, res);
});
server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout
server.listen(port, hostname, () => {
  console.log(`▲ Next.js production server on http://${hostname ?? "localhost"}:${port}`);
});

const stop = () => {
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open.
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
