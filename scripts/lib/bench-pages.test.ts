import { describe, expect, it } from "vitest";
import { benchPagesOpen, isBenchPage } from "./bench-pages.mjs";

describe("the bench pages (scripts/server.mjs answers them only for npm run bench)", () => {
  it("recognises both pages in every form Next.js routes to them", () => {
    for (const url of [
      "/bench-static",
      "/bench-dynamic",
      "/bench-static/",
      "/bench-static?x=1",
      "/bench-dynamic.rsc",
      "/bench-static.segments/_tree.segment.rsc",
      "/bench%2Dstatic",
    ]) {
      expect(isBenchPage(url), url).toBe(true);
    }
  });

  it("leaves every other path alone", () => {
    for (const url of ["/", "/en", "/en/bench-static", "/bench-staticx", "/bench", "/api/health", undefined, "/%E0%A4%A"]) {
      expect(isBenchPage(url), String(url)).toBe(false);
    }
  });

  it("are open only when the bench sets EPANEMA_BENCH=1", () => {
    expect(benchPagesOpen({})).toBe(false);
    expect(benchPagesOpen({ EPANEMA_BENCH: "0" })).toBe(false);
    expect(benchPagesOpen({ EPANEMA_BENCH: "1" })).toBe(true);
  });
});
