import { describe, expect, it } from "vitest";
import { boundTree } from "./tree";

type N = { id: string; children: N[] };
const n = (id: string, children: N[] = []): N => ({ id, children });
const ids = (nodes: N[]): string[] => nodes.flatMap((x) => [x.id, ...ids(x.children)]);

describe("the knowledge index's bound", () => {
  const tree = [n("a", [n("a1"), n("a2", [n("a2x")])]), n("b"), n("c", [n("c1")])];

  it("keeps a tree within the bound as it is", () => {
    expect(boundTree(tree, 10)).toEqual({ nodes: tree, omitted: 0 });
    expect(boundTree(tree, 7)).toEqual({ nodes: tree, omitted: 0 });
  });

  it("keeps the first pages in reading order, parents before children, and counts the rest", () => {
    const { nodes, omitted } = boundTree(tree, 4);
    expect(ids(nodes)).toEqual(["a", "a1", "a2", "a2x"]);
    expect(omitted).toBe(3);
    const three = boundTree(tree, 3);
    expect(ids(three.nodes)).toEqual(["a", "a1", "a2"]);
    // a2's child and everything after it.
    expect(three.omitted).toBe(4);
    expect(boundTree(tree, 0)).toEqual({ nodes: [], omitted: 7 });
  });

  it("does not change the tree it was given", () => {
    const copy = structuredClone(tree);
    boundTree(tree, 2);
    expect(tree).toEqual(copy);
  });
});
