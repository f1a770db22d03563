import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { MEMBER_HINT_SCRIPT } from "./member-hint.mjs";
import { buildHashedPageCsp, CspMemo, hashedPageCsp, inlineScriptHashes, inlineScripts, sha256Base64 } from "./policy.mjs";

// The forms as Next.js 16.4 / React 19.3 write them into a cached page (copied from a real page).
const PAINT = "requestAnimationFrame(function(){$RT=performance.now()});";
const TURBOPACK =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/0j67i77x0awtp.js","static/chunks/1mjc65snw919i.js"],"runtimeModuleIds":[94553]});';
const BOOT = "(self.__next_f=self.__next_f||[]).push([0])";
const CHUNK = String.raw`self.__next_f.push([1,"1:\"$Sreact.fragment\"\n2:I[3975,[],\"default\"]\n3:[\"$\",\"p\",null,{\"children\":\"\u003cscript\u003ealert(1)\u003c/script\u003e\"}]\n"])`;
const FORM_STATE = "self.__next_f.push([2,null])";

const page = (...scripts: string[]) =>
  `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>Hello</p>${scripts.join("")}</body></html>`;

describe("hashes of a cached page's inline scripts", () => {
  it("lists every script Next.js and React write, hashed as the browser hashes them", () => {
    const html = page(
      `<script>${PAINT}</script>`,
      `<script id="_R_">${TURBOPACK}</script>`,
      `<script>${BOOT}</script>`,
      `<script>${CHUNK}</script>`,
      `<script>${FORM_STATE}</script>`,
    );
    expect(inlineScripts(html)).toEqual({ hashes: [PAINT, TURBOPACK, BOOT, CHUNK, FORM_STATE].map(sha256Base64), unknown: 0 });
  });

  it("hashes the app's one inline script, the member hint (decision 013), exactly as written and nothing like it", () => {
    expect(inlineScripts(page(`<script>${MEMBER_HINT_SCRIPT}</script>`))).toEqual({
      hashes: [sha256Base64(MEMBER_HINT_SCRIPT)],
      unknown: 0,
    });
    for (const changed of [
      `${MEMBER_HINT_SCRIPT};alert(1)`,
      MEMBER_HINT_SCRIPT.replace("ep-member=1", "x=1"),
      MEMBER_HINT_SCRIPT.replace('"data-member"', '"onclick"'),
      ` ${MEMBER_HINT_SCRIPT}`,
    ]) {
      expect(inlineScripts(page(`<script>${changed}</script>`)), changed).toEqual({ hashes: [], unknown: 1 });
    }
    // With a nonce (a page rendered per request) it is the nonce, not a hash, that lets it run.
    expect(inlineScripts(page(`<script nonce="abc">${MEMBER_HINT_SCRIPT}</script>`)).hashes).toEqual([]);
  });

  it("gives no hash to any other inline script, however close to Next's forms", () => {
    const injected = [
      "<script>alert(1)</script>",
      `<script>${BOOT};alert(1)</script>`,
      `<script>self.__next_f.push([1,"a"]);alert(1)</script>`,
      `<script>self.__next_f.push([1,"a"]),alert(1)</script>`,
      `<script>self.__next_f.push([1,"a" + alert(1)])</script>`,
      // The string ends after the escaped backslash; the rest is code.
      `<script>self.__next_f.push([1,"a\\\\"]);alert(1);//"])</script>`,
      `<script>self.__next_f.push([2,alert(1)])</script>`,
      `<script>${TURBOPACK.replace("94553", "alert(1)")}</script>`,
      `<script id="_R_">alert(1)</script>`,
      `<script>${TURBOPACK}</script>`, // the bootstrap only ever comes with its id
      `<script nonce="abc">${BOOT}</script>`,
      `<script type="module">${BOOT}</script>`,
      `<script>${PAINT} </script>`,
      "<SCRIPT>alert(1)</SCRIPT >",
    ];
    const { hashes, unknown } = inlineScripts(page(`<script>${BOOT}</script>`, ...injected));
    expect(hashes).toEqual([sha256Base64(BOOT)]);
    expect(unknown).toBe(injected.length);
  });

  it("leaves external scripts to 'self'", () => {
    expect(inlineScriptHashes(page())).toEqual([]);
    expect(hashedPageCsp(page())).toContain("script-src 'self'; ");
  });

  it("reports scripts it will not allow", () => {
    let reported = 0;
    const csp = hashedPageCsp(page(`<script>${BOOT}</script>`, "<script>alert(1)</script>"), (n) => {
      reported = n;
    });
    expect(reported).toBe(1);
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${sha256Base64(BOOT)}'`);
  });

  it("matches the React that ships with this Next.js (an upgrade that changes it must update the forms)", () => {
    const require = createRequire(import.meta.url);
    const server = readFileSync(require.resolve("next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js"), "utf8");
    expect(server).toContain(JSON.stringify(PAINT));
  });
});

describe("the proxy's policy for the URL", () => {
  it("keeps its other directives (the map pages' tile origin) and only adds the hashes", () => {
    const base = buildHashedPageCsp([], { connect: ["https://tiles.example.org"] });
    const csp = hashedPageCsp(page(`<script>${BOOT}</script>`), undefined, base);
    expect(csp).toContain("connect-src 'self' https://tiles.example.org");
    expect(csp.split("; ").find((d) => d.startsWith("script-src"))).toBe(`script-src 'self' 'sha256-${sha256Base64(BOOT)}'`);
    expect(csp.split("; ").filter((d) => d.startsWith("script-src"))).toHaveLength(1);
  });

  it("is ignored unless it is a hash policy without hashes (a nonce policy is never extended)", () => {
    const csp = hashedPageCsp(
      page(`<script>${BOOT}</script>`),
      undefined,
      "default-src 'self'; script-src 'self' 'nonce-abc' 'strict-dynamic'",
    );
    expect(csp).not.toContain("nonce-");
    expect(csp).toContain(`'sha256-${sha256Base64(BOOT)}'`);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe("policies kept by ETag", () => {
  it("returns what was stored and forgets the least recently used beyond its size", () => {
    const memo = new CspMemo(2);
    memo.set('"a"', "A");
    memo.set('"b"', "B");
    expect(memo.get('"a"')).toBe("A");
    memo.set('"c"', "C");
    expect(memo.get('"b"')).toBeUndefined();
    expect(memo.get('"a"')).toBe("A");
    expect(memo.get('"c"')).toBe("C");
  });
});
