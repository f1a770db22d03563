import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, actionLabelKey } from "./action-label";

const root = path.resolve(import.meta.dirname, "../../../../..");
const english = JSON.parse(readFileSync(path.join(root, "messages", "en.json"), "utf8")).admin;

/** Audit action names written as string literals in lib/ (`action: "forum.post.hide"`). */
function literalActions(): string[] {
  const files = readdirSync(path.join(root, "lib"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !e.name.endsWith(".test.ts") && !e.parentPath.includes("generated"))
    .map((e) => path.join(e.parentPath, e.name));
  const found = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    if (!/\baudit\(/.test(text)) continue;
    for (const m of text.matchAll(/action:\s*(?:[^,}]*\?\s*)?"([a-z]+(?:\.[A-Za-z]+)+)"(?:\s*:\s*"([a-z]+(?:\.[A-Za-z]+)+)")?/g)) {
      found.add(m[1]);
      if (m[2]) found.add(m[2]);
    }
  }
  return [...found].sort();
}

describe("audit actions", () => {
  it("lists every action the code writes", () => {
    const written = literalActions();
    expect(written.length).toBeGreaterThan(10);
    expect(written.filter((a) => !AUDIT_ACTIONS.includes(a))).toEqual([]);
  });

  it("has a label for every listed action", () => {
    const missing = AUDIT_ACTIONS.filter((a) => {
      const [, key] = actionLabelKey(a).split(".");
      return typeof english.actions?.[key] !== "string";
    });
    expect(missing).toEqual([]);
  });
});
