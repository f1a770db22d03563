import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ENCODED_HEADER, passEncodedBody } from "./encoded.mjs";
import { acceptsGzip, SharedBody, sharedBodyResponse } from "./shared-body";

describe("Accept-Encoding and gzip", () => {
  it.each([
    ["gzip, deflate, br, zstd", true],
    ["br;q=1.0, gzip;q=0.8", true],
    ["GZIP", true],
    ["x-gzip", true],
    ["*", true],
    ["identity", false],
    ["gzip;q=0", false],
    ["gzip;q=0.000, *", false],
    ["br, *;q=0", false],
    ["br, *;q=0.5", true],
    ["", false],
  ])("%j allows gzip: %s", (header, allowed) => {
    expect(acceptsGzip(header)).toBe(allowed);
  });

  it("treats a missing header as no gzip", () => {
    expect(acceptsGzip(null)).toBe(false);
  });
});

describe("a body shared by many requests", () => {
  const text = JSON.stringify({ type: "FeatureCollection", features: [{ properties: { name: "Kyiv café — Київ" } }] });

  it("holds the text as UTF-8 bytes and gzips it once", async () => {
    const body = new SharedBody(text);
    expect(Buffer.from(body.bytes).toString("utf8")).toBe(text);
    const first = body.gzipped();
    expect(body.gzipped()).toBe(first);
    expect(gunzipSync(await first).toString("utf8")).toBe(text);
  });

  it("answers gzip to a client that accepts it, and the plain text to one that does not", async () => {
    const body = new SharedBody(text);
    const headers = { "Content-Type": "application/geo+json; charset=utf-8", Vary: "Cookie" };
    const ask = (acceptEncoding?: string, encoded = true) =>
      sharedBodyResponse(
        new Request("http://x/", { headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} }),
        body,
        headers,
        {
          encoded,
        },
      );

    const zipped = await ask("gzip, br");
    expect(zipped.headers.get(ENCODED_HEADER)).toBe("gzip");
    expect(zipped.headers.get("vary")).toBe("Cookie, Accept-Encoding");
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString("utf8")).toBe(text);

    for (const plain of [await ask("identity"), await ask(), await ask("gzip", false)]) {
      expect(plain.headers.get(ENCODED_HEADER)).toBeNull();
      expect(plain.headers.get("vary")).toBe("Cookie, Accept-Encoding");
      expect(plain.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
      // The shared bytes are not used up by a response: every request gets them whole.
      expect(await plain.text()).toBe(text);
    }
  });
});

describe("a pre-encoded body through the server's compression layer", () => {
  // What scripts/server.mjs does: Next's compression middleware, then passEncodedBody.
  const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => (
    req: unknown,
    res: unknown,
    next: () => void,
  ) => void;
  const text = "x".repeat(5000);

  it("sends the route's gzip as Content-Encoding once, and still compresses other bodies", async () => {
    const compress = compression();
    const server = createServer((req, res) => {
      compress(req, res, () => {});
      passEncodedBody(res);
      res.setHeader("Content-Type", "application/json");
      if (req.url === "/encoded") {
        res.setHeader(ENCODED_HEADER, "gzip");
        res.end(gzipSync(text));
      } else res.end(text);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const path of ["/encoded", "/plain"]) {
        // Node's fetch decodes gzip once: a body gzipped twice would not read as the text.
        const response = await fetch(`${base}${path}`, { headers: { "accept-encoding": "gzip" } });
        expect(response.headers.get("content-encoding"), path).toBe("gzip");
        expect(response.headers.get(ENCODED_HEADER), path).toBeNull();
        expect(await response.text(), path).toBe(text);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
