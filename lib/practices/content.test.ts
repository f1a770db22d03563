import { describe, expect, it } from "vitest";
import { buildChecklist, dateToMonth, lineItems, monthToDate, readChecklist, slugify } from "./content";
import { factsSchema, requestChangesSchema, savePracticeSchema, startAdoptionSchema } from "./schemas";

describe("case-study helpers", () => {
  it("makes slugs from titles in any language, never a reserved one", () => {
    expect(slugify("Café de conversation à Rīga!")).toBe("cafe-de-conversation-a-riga");
    expect(slugify("New")).toBe("practice-new");
    expect(slugify("Мовне кафе")).toBe("movne-kafe");
    expect(slugify("日本語")).toBe("practice");
    expect(slugify("a".repeat(100))).toHaveLength(60);
  });

  it("takes a planned day only if it is a real one the database can hold", () => {
    const start = (plannedFor: string) =>
      startAdoptionSchema.safeParse({ practiceId: "cmx1p6fs1009i3n7dvpv2hunz", libraryName: "Riga central", country: "LV", plannedFor });
    expect(start("2027-02-01").success).toBe(true);
    expect(start("").success).toBe(true);
    for (const day of ["0000-01-01", "9999-12-31", "2026-02-31"]) {
      const parsed = start(day);
      expect(parsed.success, day).toBe(false);
      expect(parsed.error?.issues.map((i) => i.message)).toEqual(["validation.date"]);
    }
  });

  it("builds the adoption checklist from resources, then steps, with stable ids", () => {
    const items = buildChecklist("A room\n\n  Tea  ", "Invite\nRun");
    expect(items.map((i) => [i.id, i.kind, i.text, i.done])).toEqual([
      ["r1", "resource", "A room", false],
      ["r2", "resource", "Tea", false],
      ["s1", "step", "Invite", false],
      ["s2", "step", "Run", false],
    ]);
    expect(
      readChecklist([...items, { id: 3 }, null, "x", { id: "o1", text: "Mine", kind: "?", done: "yes" }]).map((i) => [
        i.id,
        i.kind,
        i.done,
      ]),
    ).toEqual([
      ["r1", "resource", false],
      ["r2", "resource", false],
      ["s1", "step", false],
      ["s2", "step", false],
      ["o1", "own", false],
    ]);
  });

  it("turns months into dates and back", () => {
    expect(monthToDate("2024-03")?.toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(dateToMonth(monthToDate("2024-03"))).toBe("2024-03");
    expect(monthToDate("")).toBeNull();
    expect(lineItems(" a \n\n b ")).toEqual(["a", "b"]);
  });
});

describe("case-study schemas", () => {
  const facts = {
    country: "LV",
    city: "Sigulda",
    themes: ["language-learning", "language-learning"],
    targetGroups: ["refugees"],
    languagesUsed: ["uk"],
    periodStart: "2024-09",
    periodEnd: "2024-03",
  };

  it("accepts only the fixed vocabularies and a period that ends after it starts", () => {
    const parsed = factsSchema.safeParse(facts);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["periodEnd", "validation.practicePeriod"]]);
    const ok = factsSchema.parse({ ...facts, periodEnd: "" });
    expect(ok.themes).toEqual(["language-learning"]);
    expect(factsSchema.safeParse({ ...facts, periodEnd: "", themes: ["knitting"] }).success).toBe(false);
    expect(factsSchema.safeParse({ ...facts, periodEnd: "", country: "OTHER" }).success).toBe(false);
    expect(factsSchema.safeParse({ ...facts, periodEnd: "", contactEmail: "not-an-email" }).success).toBe(false);
  });

  it("cleans list fields: bullets and numbers dropped, empty lines removed", () => {
    const parsed = savePracticeSchema.parse({
      practiceId: "p1",
      locale: "en",
      baseVersion: 1,
      title: "Language café",
      story: {},
      resources: "- A room\n\n• Tea\n",
      steps: "1. Invite\n2) Run",
    });
    expect([parsed.resources, parsed.steps]).toEqual(["A room\nTea", "Invite\nRun"]);
  });

  it("needs at least one review comment, general or on a field", () => {
    expect(requestChangesSchema.safeParse({ practiceId: "p1", general: " " }).success).toBe(false);
    const parsed = requestChangesSchema.parse({ practiceId: "p1", "comment.results": "How many?", general: "" });
    expect(parsed.comments).toEqual([{ field: "results", body: "How many?" }]);
  });
});
