import { afterAll, describe, expect, it } from "vitest";
import { createScriptClient } from "@/prisma/client";
import { createKnowledgePage } from "@/prisma/factories";
import { listKnowledgeTree, type TreeNode } from "./queries";
import { INDEX_PAGES_PER_SECTION } from "./tree";

// Real PostgreSQL: the knowledge index's tree is bounded per section and titled per language,
// reading only the kept pages' titles. Drafts only (editors see them, visitors and search do
// not), removed afterwards: the end-to-end tests share this database.
const factoryDb = createScriptClient();
const run = Date.now().toString(36);
afterAll(async () => {
  await factoryDb.knowledgePage.deleteMany({ where: { slug: { startsWith: `index-${run}-` } } });
  await factoryDb.$disconnect();
});

const count = (nodes: TreeNode[]): number => nodes.reduce((n, node) => n + 1 + count(node.children), 0);
const find = (nodes: TreeNode[], id: string): TreeNode | undefined =>
  nodes.find((n) => n.id === id) ?? nodes.map((n) => find(n.children, id)).find(Boolean);

describe("listKnowledgeTree (real database)", () => {
  it("lists the first pages of a section, counts the rest, and titles each in the reader's language where it can", async () => {
    const editor = { role: "COORDINATOR" as const };
    const translated = await createKnowledgePage(factoryDb, {
      slug: `index-${run}-translated`,
      section: "TOOLS",
      position: -2,
      translations: { en: { title: `Sign kit ${run}` }, fr: { title: `Kit de signalétique ${run}` } },
    });
    const englishOnly = await createKnowledgePage(factoryDb, {
      slug: `index-${run}-english`,
      section: "TOOLS",
      position: -1,
      translations: { en: { title: `Welcome desk card ${run}` } },
    });
    const child = await createKnowledgePage(factoryDb, {
      slug: `index-${run}-child`,
      section: "TOOLS",
      parentId: translated.id,
      translations: { en: { title: `Pictogram set ${run}` } },
    });
    for (let batch = 0; batch < INDEX_PAGES_PER_SECTION; batch += 20) {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          createKnowledgePage(factoryDb, { slug: `index-${run}-filler-${batch + i}`, section: "TOOLS", position: 1000 }),
        ),
      );
    }
    const inSection = await factoryDb.knowledgePage.count({ where: { section: "TOOLS" } });
    expect(inSection).toBeGreaterThan(INDEX_PAGES_PER_SECTION);

    const tree = await listKnowledgeTree("fr", editor);
    expect(count(tree.TOOLS.nodes)).toBe(INDEX_PAGES_PER_SECTION);
    expect(tree.TOOLS.omitted).toBe(inSection - INDEX_PAGES_PER_SECTION);
    // Reading order: the lowest positions first, children under their parent.
    expect(tree.TOOLS.nodes[0]).toMatchObject({ id: translated.id, title: `Kit de signalétique ${run}`, titleLocale: "fr", live: false });
    expect(tree.TOOLS.nodes[0]?.children.map((c) => c.id)).toEqual([child.id]);
    expect(tree.TOOLS.nodes[1]).toMatchObject({
      id: englishOnly.id,
      title: `Welcome desk card ${run}`,
      titleLocale: "en",
      status: "DRAFT",
    });
    // Other sections are untouched by this one's bound.
    const other = await factoryDb.knowledgePage.count({ where: { section: "GUIDES" } });
    expect(count(tree.GUIDES.nodes) + tree.GUIDES.omitted).toBe(other);

    // A visitor sees none of these drafts.
    const visitor = await listKnowledgeTree("fr", null);
    expect(find(visitor.TOOLS.nodes, translated.id)).toBeUndefined();
    expect(find(visitor.TOOLS.nodes, englishOnly.id)).toBeUndefined();
    expect(visitor.TOOLS.omitted).toBe(0);
  });
});
