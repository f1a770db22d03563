import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";

// The app's Meilisearch client asks for uncompressed answers: compressed ones cost ≈ 45 ms a call
// here (lib/search/client.ts). A stand-in server records what the client sends.

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the Meilisearch client", () => {
  it("asks for identity encoding on every call, with the API key", async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify({ status: "available" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      vi.stubEnv("DATABASE_URL", "postgresql://unused");
      vi.stubEnv("MEILI_HOST", `http://127.0.0.1:${port}`);
      vi.stubEnv("MEILI_MASTER_KEY", "a-test-key");
      vi.resetModules();
      const { meili } = await import("./client");
      const client = meili();
      expect(client).not.toBeNull();
      await client?.health();
      await client?.index("content").search("library");
      expect(seen).toHaveLength(2);
      for (const headers of seen) {
        expect(headers["accept-encoding"]).toBe("identity");
        expect(headers.authorization).toBe("Bearer a-test-key");
      }
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
