// The knowledge index shows each section's page tree, up to a bound: a knowledge base of
// 100,000 pages made a 30 MB index page whose every render held the server for seconds (and
// every visitor's browser prefetches the index through the header's link). Beyond the bound the
// index says how many pages it leaves out and links to the section in search, which pages.

/** Pages (at any depth) the index lists per section. */
export const INDEX_PAGES_PER_SECTION = 100;

type Node = { children: Node[] };

/**
 * The first `budget` nodes of a tree in reading order (depth first, parents before children),
 * as a tree again, and how many were left out.
 */
export function boundTree<T extends Node>(nodes: T[], budget: number): { nodes: T[]; omitted: number } {
  let left = budget;
  let omitted = 0;
  const count = (list: Node[]): number => list.reduce((sum, n) => sum + 1 + count(n.children), 0);
  const walk = (list: T[]): T[] => {
    const kept: T[] = [];
    for (const node of list) {
      if (left === 0) {
        omitted += 1 + count(node.children);
        continue;
      }
      left--;
      kept.push({ ...node, children: walk(node.children as T[]) });
    }
    return kept;
  };
  return { nodes: walk(nodes), omitted };
}
