import { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { checkIndex } from "./check";
import { indexName, meili, waitOk } from "./client";
import { ensureIndex } from "./index-settings";
import { drainOnce } from "./indexer";
import { enqueueSearchUpdate } from "./outbox";
import { searchContent } from "./query";
import { reindex } from "./reindex";
import { registerSearchSource, unregisterSearchSource } from "./registry";
import type { SearchDocument, SearchSource, SearchTarget } from "./types";

// Real PostgreSQL and Meilisearch (npm test provides them). A test source backed by a map stands
// in for a feature; everything goes to an index of its own, so the app's test index is untouched.
const TYPE = "test_doc";
const types = [TYPE];
const store = new Map<string, SearchDocument[]>();

const source: SearchSource = {
  type: TYPE,
  async documentsFor(ids) {
    return new Map(ids.map((id) => [id, store.get(id) ?? []]));
  },
  async *all() {
    yield [...store.values()].flat();
  },
  async estimate() {
    return [...store.values()].flat().length;
  },
};

function doc(entityId: string, locale: string, fields: Partial<SearchDocument> = {}): SearchDocument {
  return {
    id: `${TYPE}-${entityId}-${locale}`,
    entity: `${TYPE}:${entityId}`,
    group: `${TYPE}:${entityId}`,
    type: TYPE,
    locale,
    title: `Document ${entityId}`,
    text: "",
    url: `/test/${entityId}`,
    visibility: "public",
    updatedAt: 1_700_000_000_000,
    ...fields,
  };
}

async function change(entityId: string, docs: SearchDocument[]) {
  if (docs.length === 0) store.delete(entityId);
  else store.set(entityId, docs);
  await db.$transaction(async (tx) => {
    await enqueueSearchUpdate(tx, TYPE, entityId);
  });
}

const outboxRows = (entityId: string) => db.searchOutbox.findMany({ where: { entityType: TYPE, entityId }, orderBy: { id: "asc" } });
const visitor = null;
const member = { id: "member-1" };
let target: SearchTarget;

beforeAll(async () => {
  const client = meili();
  if (!client) throw new Error("MEILI_HOST is not set: run the tests with `npm test -- --unit`.");
  target = { client, index: indexName("content_unit") };
  await client.deleteIndexIfExists(target.index);
  await ensureIndex(target);
  registerSearchSource(source);
});

afterAll(async () => {
  unregisterSearchSource(TYPE);
  await db.searchOutbox.deleteMany({ where: { entityType: TYPE } });
});

describe("search pipeline", () => {
  it("writes nothing to the outbox when the content transaction rolls back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueSearchUpdate(tx, TYPE, "rolled-back");
        throw new Error("content write failed");
      }),
    ).rejects.toThrow("content write failed");
    expect(await outboxRows("rolled-back")).toHaveLength(0);
  });

  it("indexes a change from the outbox and finds it despite a typo, with a safe highlighted snippet", async () => {
    await change("e1", [
      doc("e1", "en", {
        title: "Working with an interpreter at the desk",
        summary: "Practical advice for the first visit.",
        text: "Book an interpreter ahead of the visit. <script>alert(1)</script> Keep sentences short and check understanding.",
        section: "GUIDES",
      }),
    ]);
    const round = await drainOnce({ target, types });
    expect(round).toMatchObject({ claimed: 1, processed: 1, failed: 0, unreachable: false });
    const [row] = await outboxRows("e1");
    expect(row?.processedAt).toBeInstanceOf(Date);

    const results = await searchContent({ q: "intrepreter", locale: "en", user: visitor }, { target });
    expect(results.total).toBe(1);
    const hit = results.hits[0];
    expect(hit).toMatchObject({ id: "test_doc-e1-en", type: TYPE, url: "/test/e1", locale: "en", section: "GUIDES" });
    expect(hit?.titleHtml).toContain("<mark>interpreter</mark>");
    expect(hit?.snippetHtml).toContain("<mark>interpreter</mark>");
    expect(hit?.snippetHtml).toContain("&lt;script&gt;");
    expect(hit?.snippetHtml).not.toContain("<script");
    expect(results.facets.type).toEqual({ [TYPE]: 1 });
    expect(results.facets.section).toEqual({ GUIDES: 1 });

    // The header's quick search: the same hits, no facet counts (they cost on a large index).
    const quick = await searchContent({ q: "intrepreter", locale: "en", user: visitor, facets: false }, { target });
    expect(quick.hits).toEqual(results.hits);
    expect(quick.total).toBe(1);
    // Every facet the full search counts, each empty.
    expect(Object.keys(quick.facets).sort()).toEqual(Object.keys(results.facets).sort());
    for (const counts of Object.values(quick.facets)) expect(counts).toEqual({});

    // What it shows: titles (highlighted, escaped), no passage.
    const titles = await searchContent({ q: "intrepreter", locale: "en", user: visitor, facets: false, snippets: false }, { target });
    expect(titles.hits.map((h) => h.id)).toEqual(results.hits.map((h) => h.id));
    expect(titles.hits[0]?.titleHtml).toBe(results.hits[0]?.titleHtml);
    expect(titles.hits[0]?.snippetHtml).toBe("");
  });

  it("processes each row once when two indexers drain at the same time", async () => {
    for (const id of ["c1", "c2", "c3"]) await change(id, [doc(id, "en", { text: "concurrency" })]);
    const rounds = await Promise.all([drainOnce({ target, types }), drainOnce({ target, types })]);
    // SKIP LOCKED: the two rounds claim disjoint rows, three in all.
    expect(rounds.reduce((n, r) => n + r.claimed, 0)).toBe(3);
    await drainOnce({ target, types }); // whatever was deferred
    for (const id of ["c1", "c2", "c3"]) expect((await outboxRows(id))[0]?.processedAt).toBeInstanceOf(Date);
    const results = await searchContent({ q: "concurrency", locale: "en", user: visitor }, { target });
    expect(results.total).toBe(3);
  });

  it("shows members-only documents to logged-in people only", async () => {
    await change("m1", [doc("m1", "en", { title: "Staff rota for the zanzibarian evening", visibility: "members" })]);
    await drainOnce({ target, types });
    expect((await searchContent({ q: "zanzibarian", locale: "en", user: visitor }, { target })).total).toBe(0);
    const forMember = await searchContent({ q: "zanzibarian", locale: "en", user: member }, { target });
    expect(forMember.hits.map((h) => h.id)).toEqual(["test_doc-m1-en"]);
  });

  it("shows one hit per page, in the interface language when that translation matches", async () => {
    await change("t1", [
      doc("t1", "en", { title: "Welcome kit with the EBLIDA checklist" }),
      doc("t1", "fr", { title: "Kit d’accueil avec la liste EBLIDA" }),
    ]);
    await drainOnce({ target, types });
    const fr = await searchContent({ q: "EBLIDA", locale: "fr", user: visitor }, { target });
    expect(fr.hits.map((h) => h.id)).toEqual(["test_doc-t1-fr"]);
    expect(fr.facets.locale).toEqual({ en: 1, fr: 1 });
    // Pages, not translations, are counted.
    expect(fr.total).toBe(1);
    expect(fr.facets.type).toEqual({ [TYPE]: 1 });
    const en = await searchContent({ q: "EBLIDA", locale: "en", user: visitor }, { target });
    expect(en.hits.map((h) => h.id)).toEqual(["test_doc-t1-en"]);
    const onlyFrench = await searchContent({ q: "EBLIDA", locale: "en", languages: ["fr"], user: visitor }, { target });
    expect(onlyFrench.hits.map((h) => h.id)).toEqual(["test_doc-t1-fr"]);
    // Disjunctive: the language facet still counts English while French is selected.
    expect(onlyFrench.facets.locale).toEqual({ en: 1, fr: 1 });
  });

  it("shows a group (a forum topic's posts) once, through a post whose passage matches", async () => {
    // Three posts of one topic: every one carries the topic's title; only replies have no summary.
    const title = "Library cards for people without a quokkaresidence";
    const topic = { group: `${TYPE}:topic-g1`, title };
    await change("g1", [doc("g1", "en", { ...topic, summary: "#cards", text: "How do you register newcomers?" })]);
    await change("g2", [doc("g2", "en", { ...topic, summary: "", text: "We accept a letter from the quokkaresidence centre." })]);
    await change("g3", [doc("g3", "en", { ...topic, summary: "", text: "Thanks, that helps." })]);
    await drainOnce({ target, types });
    const results = await searchContent({ q: "quokkaresidence", locale: "en", user: visitor }, { target });
    expect(results.total).toBe(1);
    expect(results.facets.type).toEqual({ [TYPE]: 1 });
    expect(results.hits).toHaveLength(1);
    expect(results.hits[0]?.snippetHtml).not.toBe("");
    // Words only in the title: still one result, and its passage is never empty.
    const byTitle = await searchContent({ q: "library cards", locale: "en", user: visitor }, { target });
    expect(byTitle.hits.filter((h) => h.title === title)).toHaveLength(1);
    expect(byTitle.hits.find((h) => h.title === title)?.snippetHtml).not.toBe("");
    for (const id of ["g1", "g2", "g3"]) await change(id, []);
    await drainOnce({ target, types });
  });

  it("answers the quick search as distinct would: each group once, in rank order, even when one group fills the first hits", async () => {
    // A busy topic: 20 posts with the word in their title (they rank first, and fill the plain
    // query's 3 × limit hits: the distinct query answers), then five pages in two languages with it
    // in their text, and another word only they have (the plain query's hits hold enough groups).
    const word = "wombatlending";
    const busy = { group: `${TYPE}:topic-busy`, title: `The ${word} thread` };
    for (let i = 0; i < 20; i++) await change(`busy${i}`, [doc(`busy${i}`, "en", { ...busy, text: `Post ${i}` })]);
    for (let i = 0; i < 5; i++) {
      await change(`page${i}`, [
        doc(`page${i}`, "en", { title: `Guide ${i}`, text: `About ${word} and kangaroofile at desk ${i}` }),
        doc(`page${i}`, "fr", { title: `Guide ${i} (fr)`, text: `Sur ${word} et kangaroofile au guichet ${i}` }),
      ]);
    }
    await drainOnce({ target, types });
    const titles = (hits: { title: string }[]) => hits.map((h) => h.title);
    for (const q of [word, "kangaroofile"]) {
      // The search page's query (distinct, exact counts) is the reference.
      const full = await searchContent({ q, locale: "en", user: visitor, limit: 6 }, { target });
      expect(full.hits.length, q).toBeGreaterThanOrEqual(5);
      for (const limit of [6, 3, 2]) {
        const quick = await searchContent({ q, locale: "en", user: visitor, limit, facets: false, snippets: false }, { target });
        expect(titles(quick.hits), `${q}, limit ${limit}`).toEqual(titles(full.hits).slice(0, limit));
        expect(new Set(titles(quick.hits)).size).toBe(quick.hits.length);
      }
    }
    // The English translation of each page, one each.
    const pages = await searchContent(
      { q: "kangaroofile", locale: "en", user: visitor, limit: 6, facets: false, snippets: false },
      { target },
    );
    expect(titles(pages.hits).sort()).toEqual(["Guide 0", "Guide 1", "Guide 2", "Guide 3", "Guide 4"]);
    for (let i = 0; i < 20; i++) await change(`busy${i}`, []);
    for (let i = 0; i < 5; i++) await change(`page${i}`, []);
    await drainOnce({ target, types });
  });

  it("replaces an entity's documents and removes an entity that disappeared", async () => {
    await change("t1", [doc("t1", "en", { title: "Welcome kit with the EBLIDA checklist" })]); // French dropped
    await change("m1", []); // deleted or unpublished
    await drainOnce({ target, types });
    const eblida = await searchContent({ q: "EBLIDA", locale: "fr", user: visitor }, { target });
    expect(eblida.hits.map((h) => h.id)).toEqual(["test_doc-t1-en"]);
    expect((await searchContent({ q: "zanzibarian", locale: "en", user: member }, { target })).total).toBe(0);
  });

  it("keeps the row and backs off when Meilisearch is unreachable, logging it once", async () => {
    const down: SearchTarget = {
      client: new Meilisearch({ host: "http://127.0.0.1:9", apiKey: "test-key-that-goes-nowhere", timeout: 2000 }),
      index: indexName("content_down"),
    };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      await change("d1", [doc("d1", "en", { title: "Written while search was down" })]);
      const round = await drainOnce({ target: down, types });
      expect(round).toMatchObject({ claimed: 1, processed: 0, failed: 1, unreachable: true });
      const [row] = await outboxRows("d1");
      expect(row?.processedAt).toBeNull();
      expect(row?.attempts).toBe(1);
      expect(row?.lastError).toMatch(/unreachable/i);
      expect(row?.availableAt.getTime()).toBeGreaterThan(Date.now());
      // Backing off: not retried at once, even when search is back.
      expect((await drainOnce({ target, types })).claimed).toBe(0);

      // A second failure does not log again.
      await db.searchOutbox.updateMany({ where: { entityType: TYPE, entityId: "d1" }, data: { availableAt: new Date(0) } });
      await drainOnce({ target: down, types });
      expect((await outboxRows("d1"))[0]?.attempts).toBe(2);
      const lines = warn.mock.calls.map((c) => String(c[0])).filter((l) => l.includes("Meilisearch is unreachable"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/changes waiting — they will be indexed when it is back\. Check MEILI_HOST\./);

      await expect(searchContent({ q: "anything", locale: "en", user: visitor }, { target: down })).rejects.toMatchObject({
        code: "UNAVAILABLE",
        messageKey: "search.unavailable",
      });

      // Back up: the row is indexed and nothing was lost.
      await db.searchOutbox.updateMany({ where: { entityType: TYPE, entityId: "d1" }, data: { availableAt: new Date(0) } });
      expect(await drainOnce({ target, types })).toMatchObject({ processed: 1, failed: 0 });
      expect((await outboxRows("d1"))[0]).toMatchObject({ lastError: null });
      expect((await searchContent({ q: "written while", locale: "en", user: visitor }, { target })).total).toBe(1);
      expect(info.mock.calls.some((c) => String(c[0]).includes("reachable again"))).toBe(true);
    } finally {
      warn.mockRestore();
      info.mockRestore();
    }
  });

  it("rebuilds the index into a new one and swaps it in", async () => {
    // A stray document only the old index has: gone after the rebuild.
    await waitOk(target.client.index(target.index).addDocuments([doc("stray", "en", { title: "Stray" })]));
    const progress: number[] = [];
    const result = await reindex({ target, sources: [source], onProgress: (p) => progress.push(p.done) });
    const expected = [...store.values()].flat().length;
    expect(result).toMatchObject({ index: target.index, documents: expected });
    expect(progress.at(-1)).toBe(expected);
    const { results } = await target.client.getRawIndexes({ limit: 1000 });
    expect(results.filter((r) => r.uid.startsWith(`${target.index}_tmp_`))).toEqual([]);
    const stats = await target.client.index(target.index).getStats();
    expect(stats.numberOfDocuments).toBe(expected);
    // The swapped-in index has the settings: typo tolerance, filters, highlighting.
    const results2 = await searchContent({ q: "intrepreter", locale: "en", sections: ["GUIDES"], user: visitor }, { target });
    expect(results2.hits[0]?.snippetHtml).toContain("<mark>interpreter</mark>");
  });

  it("check reports agreement, then the document deleted behind its back", async () => {
    const agree = await checkIndex({ target, sources: [source] });
    expect(agree).toMatchObject({ ok: true, missing: [], extra: [], outdated: [], pending: 0 });
    expect(agree.indexed).toBe(agree.expected);

    await waitOk(target.client.index(target.index).deleteDocument("test_doc-e1-en"));
    const differ = await checkIndex({ target, sources: [source] });
    expect(differ.ok).toBe(false);
    expect(differ.missing).toEqual(["test_doc-e1-en"]);
    expect(differ.extra).toEqual([]);
  });
});
