import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies, sanitiseForwardedHeaders } from "./client-address.mjs";

describe("clientAddress", () => {
  it("uses the connection's address and ignores X-Forwarded-For when no proxy is trusted (the default)", () => {
    const none = parseTrustedProxies(undefined);
    expect(clientAddress("203.0.113.9", "198.51.100.1", none)).toBe("203.0.113.9");
    expect(clientAddress("127.0.0.1", "198.51.100.1, 10.0.0.1", none)).toBe("127.0.0.1");
    expect(clientAddress("::ffff:127.0.0.1", undefined, none)).toBe("127.0.0.1");
  });

  it("takes the address a trusted proxy reports, skipping trusted hops from the right", () => {
    const trusted = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");
    // nginx on this machine appends the real client: a client-sent prefix is not believed.
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7", trusted)).toBe("198.51.100.7");
    // Two trusted hops (load balancer → nginx → app).
    expect(clientAddress("::ffff:127.0.0.1", "198.51.100.7, 10.1.2.3", trusted)).toBe("198.51.100.7");
    // A direct client is not a proxy, whatever it claims.
    expect(clientAddress("203.0.113.9", "198.51.100.7", trusted)).toBe("203.0.113.9");
    // A trusted proxy that reports nothing: its own address.
    expect(clientAddress("10.0.0.5", undefined, trusted)).toBe("10.0.0.5");
    // Every hop trusted: the left-most entry is the client.
    expect(clientAddress("10.0.0.5", "10.9.9.9, 10.0.0.4", trusted)).toBe("10.9.9.9");
  });

  it("handles IPv6 proxies and refuses garbage in the header", () => {
    const trusted = parseTrustedProxies("::1,fd00::/8");
    expect(clientAddress("::1", "2001:db8::5", trusted)).toBe("2001:db8::5");
    expect(clientAddress("::1", "not-an-address", trusted)).toBe("::1");
  });

  it("refuses a TRUSTED_PROXIES value it cannot read", () => {
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("sanitiseForwardedHeaders", () => {
  it("replaces what an untrusted client sent with what the server saw", () => {
    const headers: Record<string, string | string[] | undefined> = {
      "x-forwarded-for": "1.2.3.4",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-port": "443",
      "x-real-ip": "1.2.3.4",
      host: "localhost:3000",
    };
    sanitiseForwardedHeaders(headers, "::ffff:127.0.0.1", parseTrustedProxies(""));
    expect(headers).toEqual({ "x-forwarded-for": "127.0.0.1", host: "localhost:3000" });
  });

  it("keeps a trusted proxy's host and protocol", () => {
    const headers: Record<string, string | string[] | undefined> = {
      "x-forwarded-for": "198.51.100.7",
      "x-forwarded-host": "e-panema.example.org",
      "x-forwarded-proto": "https",
    };
    sanitiseForwardedHeaders(headers, "127.0.0.1", parseTrustedProxies("127.0.0.1"));
    expect(headers).toEqual({
      "x-forwarded-for": "198.51.100.7",
      "x-forwarded-host": "e-panema.example.org",
      "x-forwarded-proto": "https",
    });
  });
});
