import { describe, expect, it } from "vitest";
import { visitorPath } from "./visitor-routes";

const map = (url: string) => {
  const u = new URL(url, "http://localhost");
  return visitorPath(u.pathname, u.searchParams);
};

describe("which pages a visitor gets from the cache", () => {
  it("rewrites the public pages into the visitor tree", () => {
    expect(map("/en")).toBe("/visitor/en");
    expect(map("/fr/about")).toBe("/visitor/fr/about");
    expect(map("/en/knowledge")).toBe("/visitor/en/knowledge");
    expect(map("/lv/knowledge/integration-methodology")).toBe("/visitor/lv/knowledge/integration-methodology");
    expect(map("/en/knowledge/integration-methodology/print")).toBe("/visitor/en/knowledge/integration-methodology/print");
    expect(map("/en/forum")).toBe("/visitor/en/forum");
    expect(map("/en/forum/latest")).toBe("/visitor/en/forum/latest");
    expect(map("/en/forum/c/welcoming-newcomers")).toBe("/visitor/en/forum/c/welcoming-newcomers");
    expect(map("/uk/forum/t/cmx0qg6rw0021o67dinwmao8k")).toBe("/visitor/uk/forum/t/cmx0qg6rw0021o67dinwmao8k");
  });

  it("turns a thread's page number into a path segment, page 1 being the plain thread", () => {
    expect(map("/en/forum/t/abc123?page=250")).toBe("/visitor/en/forum/t/abc123/250");
    expect(map("/en/forum/t/abc123?page=1")).toBe("/visitor/en/forum/t/abc123");
  });

  it("keeps dynamic what a visitor cannot get from the cache", () => {
    for (const url of [
      "/en/knowledge/new", // a form, not a page called "new"
      "/en/knowledge/some-page/edit",
      "/en/knowledge/some-page/history",
      "/en/forum/new",
      "/en/forum/notifications",
      "/en/forum/p/abc123",
      "/en/account",
      "/en/login",
      "/en/search",
      "/en?deleted=1", // the "account deleted" notice
      "/en/forum/latest?after=abc", // cursors: unbounded
      "/en/forum/t/abc123?post=12", // a redirect
      "/en/forum/t/abc123?page=0",
      "/en/forum/t/abc123?page=abc",
      "/en/forum/t/abc123?page=2&page=3",
      "/en/forum/t/abc123?page=2&utm=x",
      "/en/knowledge/UPPER",
      "/en/knowledge/a/b",
    ]) {
      expect(map(url), url).toBeNull();
    }
  });
});
