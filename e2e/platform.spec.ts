import { signIn, demo, expect, test } from "./fixtures";

test("health reports the database and search", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true }, search: { ok: true } });
});

test("pages carry strict security headers", async ({ request }) => {
  // A page rendered per request (the login form) and one a visitor gets from the cache (the home
  // page, decision 011): a nonce or the hashes of the page's own scripts, never 'unsafe-inline'.
  for (const [path, source] of [
    ["/en/login", /'nonce-[A-Za-z0-9+/=]+'/],
    ["/en", /'sha256-[A-Za-z0-9+/=]+'/],
  ] as const) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers["content-security-policy"];
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc, path).toMatch(source);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
  }

  const api = await request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the nonce changes on every request and scripts carry it", async ({ request }) => {
  const nonceOf = async () => {
    // A page rendered per request (visitors get /en/about from the cache, with hashes instead).
    const response = await request.get("/en/login");
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"])?.[1];
    const html = await response.text();
    return { nonce, html };
  };
  const a = await nonceOf();
  const b = await nonceOf();
  expect(a.nonce).toBeTruthy();
  expect(a.nonce).not.toBe(b.nonce);
  const scripts = [...a.html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${a.nonce}"`);
});

test("pages make no third-party requests and the session cookie is locked down", async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith("http")) origins.add(url.origin);
  });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const admin = demo("ADMIN");
  await signIn(page, admin.email);
  for (const path of ["/en", "/en/account", "/en/admin", "/en/admin/users", "/en/about"]) await page.goto(path);
  expect([...origins]).toEqual([new URL(baseURL ?? "").origin]);
  expect(errors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);

  const cookie = (await page.context().cookies()).find((c) => c.name.includes("authjs.session-token"));
  expect(cookie).toBeDefined();
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});
