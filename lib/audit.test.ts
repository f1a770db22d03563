import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, isAuditAction } from "./audit";
import { locales } from "./i18n/locales";

const dir = path.resolve(import.meta.dirname, "../messages");

function lookup(catalogue: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), catalogue);
}

describe("audit actions", () => {
  for (const locale of locales) {
    it(`has a label for every action in ${locale}`, () => {
      const catalogue = JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8"));
      for (const [action, { label }] of Object.entries(AUDIT_ACTIONS)) {
        expect(typeof lookup(catalogue, label), `${action} → ${label}`).toBe("string");
      }
    });
  }

  it("derives each label from the action's name (the audit screen finds it the same way)", () => {
    for (const [action, { label }] of Object.entries(AUDIT_ACTIONS)) {
      expect(label).toBe(`admin.actions.${action.replaceAll(".", "_")}`);
    }
  });

  it("tells listed actions from other strings", () => {
    expect(isAuditAction("page.publish")).toBe(true);
    expect(isAuditAction("page.delete")).toBe(false);
    expect(isAuditAction("toString")).toBe(false);
  });
});
