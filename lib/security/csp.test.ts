import { describe, expect, it } from "vitest";
import { buildHashedPageCsp, buildPageCsp, newNonce } from "./csp";

const scriptSrc = (csp: string) => csp.split("; ").find((d) => d.startsWith("script-src")) ?? "";

describe("page Content-Security-Policy", () => {
  const csp = buildPageCsp("abc123");

  it("allows scripts only by nonce, never inline or eval in production", () => {
    expect(scriptSrc(csp)).toContain("'nonce-abc123'");
    expect(scriptSrc(csp)).not.toContain("unsafe-inline");
    expect(scriptSrc(csp)).not.toContain("unsafe-eval");
  });

  it("forbids framing, plugins and foreign origins", () => {
    for (const policy of [csp, buildHashedPageCsp(["a2V5"])]) {
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toMatch(/https?:\/\//);
    }
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("cached page Content-Security-Policy", () => {
  it("lists the hashes, same-origin files and nothing that lets other inline scripts run", () => {
    const src = scriptSrc(buildHashedPageCsp(["AAA=", "BBB=", "AAA="]));
    expect(src).toBe("script-src 'self' 'sha256-AAA=' 'sha256-BBB='");
    expect(src).not.toContain("unsafe-inline");
    // 'strict-dynamic' would make browsers ignore 'self', and the page's chunks would not load.
    expect(src).not.toContain("strict-dynamic");
    expect(src).not.toContain("nonce-");
  });

  it("without hashes, allows no inline script at all", () => {
    expect(scriptSrc(buildHashedPageCsp([]))).toBe("script-src 'self'");
  });
});
