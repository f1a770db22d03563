import { describe, expect, it } from "vitest";
import { isTrackingParam, withoutTracking } from "./tracking.mjs";

describe("tracking parameters", () => {
  it("are campaign tags and click ids, nothing a page reads", () => {
    for (const name of ["utm_source", "utm_medium", "utm_campaign", "utm_id", "fbclid", "gclid", "msclkid", "mc_eid"]) {
      expect(isTrackingParam(name), name).toBe(true);
    }
    for (const name of ["page", "after", "q", "theme", "utm", "source", "ref", "post"]) expect(isTrackingParam(name), name).toBe(false);
  });

  it("are taken out of a request target, the other parameters kept in their order", () => {
    expect(withoutTracking("/en/forum")).toBe("/en/forum");
    expect(withoutTracking("/en/forum?utm_source=x")).toBe("/en/forum");
    expect(withoutTracking("/en/forum/t/a?b=1&utm_source=x&page=2&fbclid=y")).toBe("/en/forum/t/a?b=1&page=2");
    // Encoded names are recognised; empty pairs dropped; a malformed escape is kept as sent.
    expect(withoutTracking("/en?utm%5Fsource=x&&page=2")).toBe("/en?page=2");
    expect(withoutTracking("/en?%E0%A4%A=1&gclid=z")).toBe("/en?%E0%A4%A=1");
    expect(withoutTracking("/en?")).toBe("/en");
  });
});
