import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { parseCookie } from "next/dist/compiled/@edge-runtime/cookies/index.js";
import { AUDIENCE_HEADER, createFrontCache, FRONT_HEADER, SHARED_HEADER } from "./front.mjs";

// The server's front for a visitor's cached pages (lib/cache/front.mjs), in front of a stand-in
// for Next.js on a real HTTP server: what it repeats, for whom, and when it stops.

type Reply = { status?: number; headers?: Record<string, string>; body?: string };

function setup(opts: { ttlMs?: number } = {}) {
  let generation = 1;
  let coherent = true;
  let clock = 0;
  const front = createFrontCache({
    ttlMs: opts.ttlMs ?? 10_000,
    now: () => clock,
    source: () => ({ generation: () => generation, coherent: () => coherent }),
  });
  let rendered = 0;
  let reply: Reply = {};
  /** Runs while "Next.js" makes the response (an invalidation arriving meanwhile). */
  let during: (() => void) | null = null;
  let proofs = 0;
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const key = front.keyOf(req);
    if (key !== null) {
      // As scripts/server.mjs: the session proven (lib/auth/member-proof.mjs) only when needed.
      // Here a stand-in: "live" is the one session token that proves a member.
      let proven = false;
      if (front.needsProof(key, req)) {
        proofs++;
        proven = /authjs\.session-token=live/.test(req.headers.cookie ?? "");
      }
      if (front.serve(key, req, res, proven)) return;
    }
    const started = key === null ? null : front.generation();
    rendered++;
    during?.();
    const html = Buffer.from(reply.body ?? `<p>render ${rendered}</p>`);
    res.statusCode = reply.status ?? 200;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("ETag", `"e${rendered}"`);
    res.setHeader("Content-Security-Policy", "script-src 'self' 'sha256-abc='");
    res.setHeader("x-nextjs-cache", "MISS");
    for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
    // As scripts/server.mjs: the proxy's mark is removed and passed on; the front itself keeps
    // nothing unmarked that a request with a session cookie got (a member's own page).
    const mark = res.getHeader(SHARED_HEADER);
    const shared = mark === "members" || mark === "copy" ? mark : mark !== undefined;
    res.removeHeader(SHARED_HEADER);
    // As proxy.ts: whom the page was made for, by Next.js's reading of the cookies (unless the
    // reply says otherwise).
    const session = [...parseCookie(req.headers.cookie ?? "").keys()].some((name) => /^authjs\.session-token$/.test(name));
    const audience = res.getHeader(AUDIENCE_HEADER) ?? (session ? "member" : "visitor");
    res.removeHeader(AUDIENCE_HEADER);
    if (key !== null) front.store(key, started, res, html, gzipSync(html), shared, audience);
    res.end(req.method === "HEAD" ? undefined : html);
  });
  return {
    front,
    server,
    rendered: () => rendered,
    proofs: () => proofs,
    reply: (next: Reply) => {
      reply = next;
    },
    during: (fn: (() => void) | null) => {
      during = fn;
    },
    invalidate: () => {
      generation++;
    },
    setCoherent: (value: boolean) => {
      coherent = value;
    },
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

let current: Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (current ? current.close(() => resolve()) : resolve()));
  current = null;
});

async function listen(server: Server) {
  current = server;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return (path: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${port}${path}`, { ...init, redirect: "manual" });
}

describe("the front of the visitor cache", () => {
  it("repeats a page it saw, with its headers, until an invalidation", async () => {
    const s = setup();
    const get = await listen(s.server);
    const first = await get("/en/forum");
    expect(await first.text()).toBe("<p>render 1</p>");
    expect(first.headers.get(FRONT_HEADER)).toBeNull();
    const second = await get("/en/forum");
    expect(await second.text()).toBe("<p>render 1</p>");
    expect(second.headers.get(FRONT_HEADER)).toBe("HIT");
    expect(second.headers.get("content-security-policy")).toBe("script-src 'self' 'sha256-abc='");
    expect(second.headers.get("etag")).toBe('"e1"');
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(s.rendered()).toBe(1);

    s.invalidate();
    expect(await (await get("/en/forum")).text()).toBe("<p>render 2</p>");
    expect(await (await get("/en/forum")).text()).toBe("<p>render 2</p>");
    expect(s.rendered()).toBe(2);
  });

  it("answers gzip, conditional and HEAD requests from the same copy", async () => {
    const s = setup();
    const get = await listen(s.server);
    await get("/en");
    const gz = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
      const { port } = s.server.address() as AddressInfo;
      // fetch() decodes gzip by itself: read the bytes as they come.
      import("node:http").then(({ get: raw }) =>
        raw({ port, host: "127.0.0.1", path: "/en", headers: { "accept-encoding": "gzip" } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
        }).on("error", reject),
      );
    });
    expect(gz.encoding).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe("<p>render 1</p>");
    const conditional = await get("/en", { headers: { "if-none-match": '"e1"' } });
    expect(conditional.status).toBe(304);
    const head = await get("/en", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get(FRONT_HEADER)).toBe("HIT");
    expect(s.rendered()).toBe(1);
  });

  it("leaves members, client navigations, actions, API calls and other methods to Next.js", async () => {
    const s = setup();
    const get = await listen(s.server);
    await get("/en/forum");
    for (const init of [
      { headers: { cookie: "authjs.session-token=x" } },
      { headers: { cookie: "theme=dark; __Secure-authjs.session-token.0=x" } },
      { headers: { rsc: "1" } },
      { headers: { "next-router-prefetch": "1" } },
      { headers: { "next-action": "abc" } },
      { method: "POST", body: "x" },
    ] as RequestInit[]) {
      expect((await get("/en/forum", init)).headers.get(FRONT_HEADER), JSON.stringify(init)).toBeNull();
    }
    expect((await get("/en/forum?_rsc=1")).headers.get(FRONT_HEADER)).toBeNull();
    await get("/api/health");
    expect((await get("/api/health")).headers.get(FRONT_HEADER)).toBeNull();
    expect((await get("/en/forum")).headers.get(FRONT_HEADER)).toBe("HIT");
  });

  it("answers members only with pages shared with them (decision 013)", async () => {
    const s = setup();
    const get = await listen(s.server);
    const member = { headers: { cookie: "authjs.session-token=x; ep-member=1" } };
    await get("/en/forum");
    expect((await get("/en/forum", member)).headers.get(FRONT_HEADER)).toBeNull();
    expect(s.rendered()).toBe(2);
    s.reply({ headers: { [SHARED_HEADER]: "1" } });
    const first = await get("/en/about", member);
    expect(first.headers.get(SHARED_HEADER)).toBeNull();
    const repeat = await get("/en/about", member);
    expect(repeat.headers.get(FRONT_HEADER)).toBe("HIT");
    expect(repeat.headers.get(SHARED_HEADER)).toBeNull();
    expect(await repeat.text()).toBe("<p>render 3</p>");
    // Hint and session out of step (just logged in, or out): the proxy must see it to fix the hint.
    expect((await get("/en/about", { headers: { cookie: "authjs.session-token=x" } })).headers.get(FRONT_HEADER)).toBeNull();
    expect(s.rendered()).toBe(4);
    // One copy for members, one for visitors, even of a page shared with both: some addresses
    // (the forum's lists) have a members' copy of their own, which a visitor must never get.
    expect((await get("/en/about")).headers.get(FRONT_HEADER)).toBeNull();
    expect((await get("/en/about")).headers.get(FRONT_HEADER)).toBe("HIT");
    expect((await get("/en/about", { headers: { cookie: "ep-member=1" } })).headers.get(FRONT_HEADER)).toBeNull();
    expect(s.rendered()).toBe(6);
  });

  it("answers a members-only shell to members, never to visitors (the account page)", async () => {
    const s = setup();
    const get = await listen(s.server);
    const member = { headers: { cookie: "authjs.session-token=x; ep-member=1" } };
    s.reply({ headers: { [SHARED_HEADER]: "members" } });
    await get("/en/account", member);
    const repeat = await get("/en/account", member);
    expect(repeat.headers.get(FRONT_HEADER)).toBe("HIT");
    expect(repeat.headers.get(SHARED_HEADER)).toBeNull();
    expect(s.rendered()).toBe(1);
    // A visitor's request goes to Next.js (whose proxy sends them to log in).
    s.reply({ status: 307, headers: { location: "/en/login" } });
    const visitor = await get("/en/account");
    expect(visitor.headers.get(FRONT_HEADER)).toBeNull();
    expect(visitor.status).toBe(307);
    expect(s.rendered()).toBe(2);
  });

  it("answers the members' copy only to a session proven live, never to a cookie anyone could write", async () => {
    const s = setup();
    const get = await listen(s.server);
    const live = { headers: { cookie: "authjs.session-token=live; ep-member=1" } };
    const forged = { headers: { cookie: "authjs.session-token=forged; ep-member=1" } };
    // The proxy proved the member and marked the members' copy (members-only categories in it).
    s.reply({ body: "<p>members' copy</p>", headers: { [SHARED_HEADER]: "copy" } });
    expect(await (await get("/en/forum", live)).text()).toBe("<p>members' copy</p>");
    const again = await get("/en/forum", live);
    expect(again.headers.get(FRONT_HEADER)).toBe("HIT");
    expect(s.proofs()).toBe(1);
    // A forged cookie is asked about, and left to Next.js (whose proxy gives it the visitors' copy)…
    s.reply({ body: "<p>visitors' copy</p>" });
    const attempt = await get("/en/forum", forged);
    expect(attempt.headers.get(FRONT_HEADER)).toBeNull();
    expect(await attempt.text()).toBe("<p>visitors' copy</p>");
    expect(s.proofs()).toBe(2);
    // …which is not kept where members' requests look: the members' copy is still there for members.
    expect(await (await get("/en/forum", live)).text()).toBe("<p>members' copy</p>");
    expect(await (await get("/en/forum", forged)).text()).not.toContain("members'");
    // No cookie at all: the visitors' own entry, never the members'.
    expect(await (await get("/en/forum")).text()).toBe("<p>visitors' copy</p>");
    // Pages the same for everyone need no proof: nothing there is for members only.
    s.reply({ headers: { [SHARED_HEADER]: "1" } });
    await get("/en/about", forged);
    expect((await get("/en/about", forged)).headers.get(FRONT_HEADER)).toBe("HIT");
    expect(s.proofs()).toBe(4);
  });

  it("files a page only under the audience the proxy made it for, however the Cookie header is written", async () => {
    const s = setup();
    const get = await listen(s.server);
    const live = { headers: { cookie: "authjs.session-token=live; ep-member=1" } };
    s.reply({ body: "<p>members' copy</p>", headers: { [SHARED_HEADER]: "copy" } });
    await get("/en/forum", live);
    expect((await get("/en/forum", live)).headers.get(FRONT_HEADER)).toBe("HIT");
    // Session cookies Next.js's parser drops or does not name so (a value that does not decode, a
    // tab before the name): the proxy sees a visitor and makes the visitors' copy, shared with
    // members ("1"). It must not replace the members' copy members get.
    s.reply({ body: "<p>visitors' copy</p>", headers: { [SHARED_HEADER]: "1" } });
    for (const cookie of ["authjs.session-token=%", "a=1;\tauthjs.session-token=x"]) {
      await get("/en/forum", { headers: { cookie } });
      await get("/en/forum", { headers: { cookie } });
    }
    const member = await get("/en/forum", live);
    expect(member.headers.get(FRONT_HEADER)).toBe("HIT");
    expect(await member.text()).toBe("<p>members' copy</p>");
    // Whatever the front makes of a request, a page the proxy made for the other audience is not kept.
    s.reply({ body: "<p>for a visitor</p>", headers: { [SHARED_HEADER]: "1", [AUDIENCE_HEADER]: "visitor" } });
    await get("/en/about", live);
    expect((await get("/en/about", live)).headers.get(FRONT_HEADER)).toBeNull();
    s.reply({ body: "<p>for a member</p>", headers: { [SHARED_HEADER]: "1", [AUDIENCE_HEADER]: "member" } });
    await get("/en/privacy");
    expect((await get("/en/privacy")).headers.get(FRONT_HEADER)).toBeNull();
    // Unmarked: kept for no one.
    s.reply({ body: "<p>unmarked</p>", headers: { [AUDIENCE_HEADER]: "" } });
    await get("/en/accessibility");
    expect((await get("/en/accessibility")).headers.get(FRONT_HEADER)).toBeNull();
  });

  it("keeps one copy per host, query and locale cookie", async () => {
    const s = setup();
    const get = await listen(s.server);
    await get("/en/forum");
    expect((await get("/en/forum?page=2")).headers.get(FRONT_HEADER)).toBeNull();
    expect((await get("/en/forum", { headers: { cookie: "NEXT_LOCALE=fr" } })).headers.get(FRONT_HEADER)).toBeNull();
    expect((await get("/en/forum", { headers: { cookie: "NEXT_LOCALE=fr" } })).headers.get(FRONT_HEADER)).toBe("HIT");
    expect((await get("/en/forum", { headers: { "x-forwarded-proto": "https" } })).headers.get(FRONT_HEADER)).toBeNull();
  });

  it("keeps one copy for every click from a campaign or shared link, whatever its click id", async () => {
    const s = setup();
    const get = await listen(s.server);
    await get("/en/forum/t/abc?utm_source=newsletter&fbclid=first");
    const again = await get("/en/forum/t/abc?fbclid=second&utm_source=other");
    expect(again.headers.get(FRONT_HEADER)).toBe("HIT");
    expect((await get("/en/forum/t/abc")).headers.get(FRONT_HEADER)).toBe("HIT");
    // Parameters a page reads still make another copy.
    expect((await get("/en/forum/t/abc?page=2&utm_source=newsletter")).headers.get(FRONT_HEADER)).toBeNull();
    expect((await get("/en/forum/t/abc?page=2")).headers.get(FRONT_HEADER)).toBe("HIT");
    expect(s.rendered()).toBe(2);
  });

  it("does not keep errors, responses that set cookies, stale pages, or a page made across an invalidation", async () => {
    const s = setup();
    const get = await listen(s.server);
    for (const reply of [
      { status: 404 },
      { headers: { "Set-Cookie": "NEXT_LOCALE=en" } },
      { headers: { "x-nextjs-cache": "STALE" } },
    ] as Reply[]) {
      s.reply(reply);
      await get("/en/x");
      expect((await get("/en/x")).headers.get(FRONT_HEADER), JSON.stringify(reply)).toBeNull();
    }
    s.reply({});
    s.during(() => s.invalidate());
    await get("/en/y");
    s.during(null);
    expect((await get("/en/y")).headers.get(FRONT_HEADER)).toBeNull();
    expect((await get("/en/y")).headers.get(FRONT_HEADER)).toBe("HIT");
  });

  it("answers nothing while the page cache cannot hear other instances, and nothing older than its TTL", async () => {
    const s = setup({ ttlMs: 10_000 });
    const get = await listen(s.server);
    await get("/en");
    s.setCoherent(false);
    expect((await get("/en")).headers.get(FRONT_HEADER)).toBeNull();
    expect((await get("/en")).headers.get(FRONT_HEADER)).toBeNull();
    s.setCoherent(true);
    await get("/en");
    expect((await get("/en")).headers.get(FRONT_HEADER)).toBe("HIT");
    s.advance(10_001);
    expect((await get("/en")).headers.get(FRONT_HEADER)).toBeNull();
  });

  it("stays within its size", async () => {
    let clock = 0;
    const front = createFrontCache({
      maxBytes: 64 * 1024,
      now: () => clock++,
      source: () => ({ generation: () => 1, coherent: () => true }),
    });
    const server = createServer((req, res) => {
      const key = front.keyOf(req) as string;
      if (front.serve(key, req, res)) return;
      const html = Buffer.from("x".repeat(2_000));
      res.setHeader("ETag", '"e"');
      front.store(key, 1, res, html, html, false, "visitor");
      res.end(html);
    });
    const get = await listen(server);
    for (let i = 0; i < 20; i++) await get(`/en/p${i}`);
    expect(front.size().bytes).toBeLessThanOrEqual(64 * 1024);
    expect(front.size().entries).toBeLessThan(20);
    expect((await get("/en/p19")).headers.get(FRONT_HEADER)).toBe("HIT");
    expect((await get("/en/p0")).headers.get(FRONT_HEADER)).toBeNull();
  });
});
