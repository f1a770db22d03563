import { describe, expect, it } from "vitest";
import { visitorPath, visitorTarget } from "./visitor-routes";

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
    expect(map("/en/map")).toBe("/visitor/en/map");
    expect(map("/pl/map/list")).toBe("/visitor/pl/map/list");
    expect(map("/en/map/i/cafe-des-langues-riga")).toBe("/visitor/en/map/i/cafe-des-langues-riga");
    expect(map("/en/courses")).toBe("/visitor/en/courses");
    expect(map("/it/courses/intercultural-communication-at-the-library-desk")).toBe(
      "/visitor/it/courses/intercultural-communication-at-the-library-desk",
    );
    expect(map("/en/practices")).toBe("/visitor/en/practices");
    expect(map("/en/practices/latvian-conversation-cafe")).toBe("/visitor/en/practices/latvian-conversation-cafe");
    expect(map("/en/practices/latvian-conversation-cafe/print")).toBe("/visitor/en/practices/latvian-conversation-cafe/print");
    expect(map("/en/organisations")).toBe("/visitor/en/organisations");
    expect(map("/nl/organisations/kisc")).toBe("/visitor/nl/organisations/kisc");
  });

  it("turns a thread's page number into a path segment, page 1 being the plain thread", () => {
    expect(map("/en/forum/t/abc123?page=250")).toBe("/visitor/en/forum/t/abc123/250");
    expect(map("/en/forum/t/abc123?page=1")).toBe("/visitor/en/forum/t/abc123");
  });

  it("gives a visitor from a campaign, newsletter or shared link the same cached page", () => {
    expect(map("/en/forum/t/abc123?utm_source=newsletter&utm_medium=email&utm_campaign=welcome")).toBe("/visitor/en/forum/t/abc123");
    expect(map("/en/forum/t/abc123?fbclid=IwAR3x&page=250")).toBe("/visitor/en/forum/t/abc123/250");
    expect(map("/fr/knowledge/integration-methodology?gclid=Cj0&mc_cid=1a&mc_eid=2b")).toBe(
      "/visitor/fr/knowledge/integration-methodology",
    );
    // Only tracking parameters are ignored: a filter next to one still keeps the page dynamic.
    expect(map("/en/practices?utm_source=x&theme=language-learning")).toBeNull();
    expect(map("/en/forum/t/abc123?utmsource=x")).toBeNull();
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
      "/en/learning",
      "/en/learning?progress=1", // the no-script link to the learner's own render
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
      "/en/map?type=LEGAL_HELP", // filtered: unbounded combinations
      "/en/map/list?page=2",
      "/en/map/suggest",
      "/en/map/mine",
      "/en/map/i/some-initiative/edit",
      "/en/courses?topic=x",
      "/en/courses/new",
      "/en/courses/some-course/some-lesson", // lessons are for enrolled learners
      "/en/courses/some-course/edit",
      "/en/courses/some-course?error=x",
      "/en/practices?theme=language-learning",
      "/en/practices/new",
      "/en/practices/mine",
      "/en/practices/adoptions",
      "/en/practices/some-practice/edit",
      "/en/practices/some-practice/adopt",
    ]) {
      expect(map(url), url).toBeNull();
    }
  });

  it("shares with members the pages that read nothing about them, and gives them a copy of their own of the forum's pages", () => {
    const target = (url: string) => {
      const u = new URL(url, "http://localhost");
      return visitorTarget(u.pathname, u.searchParams);
    };
    expect(target("/en/knowledge/welcoming-at-the-desk")).toEqual({
      path: "/visitor/en/knowledge/welcoming-at-the-desk",
      shared: true,
      membersOnly: false,
      membersPath: null,
    });
    expect(target("/en/account")).toEqual({
      path: "/visitor/en/account",
      shared: true,
      membersOnly: true,
      membersPath: null,
    });
    expect(target("/uk/learning")).toEqual({ path: "/visitor/uk/learning", shared: true, membersOnly: true, membersPath: null });
    expect(target("/uk/learning?progress=1")).toBeNull();
    expect(target("/fr/forum/notifications")).toEqual({
      path: "/visitor/fr/forum/notifications",
      shared: true,
      membersOnly: true,
      membersPath: null,
    });
    expect(target("/fr/forum/notifications?list=1")).toBeNull();
    expect(target("/ro/practices/adoptions")).toEqual({
      path: "/visitor/ro/practices/adoptions",
      shared: true,
      membersOnly: true,
      membersPath: null,
    });
    // Partners' and members' own lists of their work: shells too, never the visitors'.
    expect(target("/pl/practices/mine")).toEqual({
      path: "/visitor/pl/practices/mine",
      shared: true,
      membersOnly: true,
      membersPath: null,
    });
    expect(target("/pl/practices/mine?list=1")).toBeNull();
    expect(target("/nl/map/mine")).toEqual({ path: "/visitor/nl/map/mine", shared: true, membersOnly: true, membersPath: null });
    expect(target("/nl/map/mine?list=1")).toBeNull();
    expect(target("/lv/forum/t/cmx0ps2x100004o7duxfyfjsm?page=3")).toEqual({
      path: "/visitor/lv/forum/t/cmx0ps2x100004o7duxfyfjsm/3",
      shared: true,
      membersOnly: false,
      membersPath: "/visitor/lv/members/forum/t/cmx0ps2x100004o7duxfyfjsm/3",
    });
    // The forum's lists show members-only categories: members share a copy of their own.
    expect(target("/fr/forum")).toMatchObject({ path: "/visitor/fr/forum", shared: true, membersPath: "/visitor/fr/members/forum" });
    expect(target("/en/forum/c/welcoming-newcomers")).toMatchObject({
      path: "/visitor/en/forum/c/welcoming-newcomers",
      membersPath: "/visitor/en/members/forum/c/welcoming-newcomers",
    });
    expect(target("/en/forum/latest?after=2026-11-28T10:00:00.000Z_abc")).toBeNull();
    // A course's page is the same for everyone (the learner's part comes from the browser).
    expect(target("/en/courses/intercultural-communication")).toEqual({
      path: "/visitor/en/courses/intercultural-communication",
      shared: true,
      membersOnly: false,
      membersPath: null,
    });
    // Lessons: for members only, one copy every member shares; the authoring pages are not lessons.
    expect(target("/pl/courses/intercultural-communication/listening-first")).toEqual({
      path: "/visitor/pl/courses/intercultural-communication/listening-first",
      shared: true,
      membersOnly: true,
      membersPath: "/visitor/pl/members/courses/intercultural-communication/listening-first",
    });
    for (const url of [
      "/en/courses/intercultural-communication/edit",
      "/en/courses/x/listening-first?error=x",
      "/en/courses/x/quizzes/abc",
    ]) {
      expect(target(url), url).toBeNull();
    }
    // The map is one page for everyone; its list, an initiative and a case study have a members'
    // copy (exact places, contacts); a case study's print view is the visitors' only.
    expect(target("/en/map")).toEqual({ path: "/visitor/en/map", shared: true, membersOnly: false, membersPath: null });
    expect(target("/lv/map/list")).toEqual({
      path: "/visitor/lv/map/list",
      shared: true,
      membersOnly: false,
      membersPath: "/visitor/lv/members/map/list",
    });
    expect(target("/en/practices/latvian-conversation-cafe")).toEqual({
      path: "/visitor/en/practices/latvian-conversation-cafe",
      shared: true,
      membersOnly: false,
      membersPath: "/visitor/en/members/practices/latvian-conversation-cafe",
    });
    // Organisations' pages read nothing about the reader: one copy for all.
    expect(target("/en/organisations/kisc")).toEqual({
      path: "/visitor/en/organisations/kisc",
      shared: true,
      membersOnly: false,
      membersPath: null,
    });
    expect(target("/en/map/i/riga-library-cafe")).toEqual({
      path: "/visitor/en/map/i/riga-library-cafe",
      shared: true,
      membersOnly: false,
      membersPath: "/visitor/en/members/map/i/riga-library-cafe",
    });
    // The member's own render of an initiative only some members may read.
    expect(target("/en/map/i/riga-library-cafe?as=me")).toBeNull();
    for (const url of ["/en/practices/latvian-conversation-cafe/print"]) {
      expect(target(url), url).toMatchObject({ shared: false, membersPath: null });
    }
    // The catalogue and good practice's list read nothing about the reader: members get them too,
    // their links (and the authors' list of courses) from the browser.
    expect(target("/en/practices")).toEqual({ path: "/visitor/en/practices", shared: true, membersOnly: false, membersPath: null });
    expect(target("/en/courses")).toEqual({ path: "/visitor/en/courses", shared: true, membersOnly: false, membersPath: null });
  });
});
