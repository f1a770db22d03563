import { describe, expect, it } from "vitest";
import { createPageCache } from "./handler.mjs";

// The cache handler of decision 011: pages in each instance's memory (this file), invalidations
// shared through PostgreSQL (handler.db.test.ts, two instances on the real test database).

const PAGE = { kind: "APP_PAGE" } as const;
const page = (tags: string[], html = "<p>page</p>") => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": tags.join(",") },
  status: 200,
});
const control = { cacheControl: { revalidate: 600, expire: 31536000 } };

describe("page cache in one instance", () => {
  it("serves what was stored, with its cache control, until one of its tags is invalidated", async () => {
    const cache = createPageCache();
    cache.set("/a", page(["_N_T_/layout", "forum-topic:1"]), control);
    cache.set("/b", page(["_N_T_/layout", "forum-topic:2"]), control);
    expect(cache.get("/a", PAGE)).toMatchObject({ value: { html: "<p>page</p>" }, cacheControl: control.cacheControl });
    await cache.revalidate(["forum-topic:1"]);
    expect(cache.get("/a", PAGE)).toBeNull();
    expect(cache.get("/b", PAGE)).not.toBeNull();
    // Rendered again after the invalidation: served.
    await new Promise((r) => setTimeout(r, 2));
    cache.set("/a", page(["_N_T_/layout", "forum-topic:1"], "<p>new</p>"), control);
    expect(cache.get("/a", PAGE)?.value).toMatchObject({ html: "<p>new</p>" });
  });

  it("checks data entries against the tags the caller asks with", async () => {
    const cache = createPageCache();
    cache.set("fetch-key", { kind: "FETCH", data: { x: 1 }, revalidate: false }, { fetchCache: true, tags: ["t1"] });
    expect(cache.get("fetch-key", { kind: "FETCH", tags: ["t1"], softTags: ["_N_T_/x"] })).not.toBeNull();
    await cache.revalidate("_N_T_/x");
    expect(cache.get("fetch-key", { kind: "FETCH", tags: ["t1"], softTags: ["_N_T_/x"] })).toBeNull();
  });

  it("keeps within its size by dropping the least recently used pages", () => {
    const cache = createPageCache({ maxBytes: 40_000 });
    const big = "x".repeat(4_000); // about 8 kB each
    for (const key of ["/1", "/2", "/3", "/4"]) cache.set(key, page([], big), control);
    cache.get("/1", PAGE); // used: kept
    cache.set("/5", page([], big), control);
    cache.set("/6", page([], big), control);
    expect(cache.get("/1", PAGE)).not.toBeNull();
    expect(cache.get("/2", PAGE)).toBeNull();
    expect(cache.size().bytes).toBeLessThanOrEqual(40_000);
  });

  it("counts its invalidations (the server's front checks the count) and is coherent on its own without a database", async () => {
    const cache = createPageCache();
    expect(cache.coherent()).toBe(true);
    const before = cache.generation();
    await cache.revalidate(["forum-topic:9"]);
    expect(cache.generation()).toBe(before + 1);
    await cache.revalidate([]);
    expect(cache.generation()).toBe(before + 1);
    await cache.close();
    expect(cache.coherent()).toBe(false);
  });
});
