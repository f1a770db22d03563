import { describe, expect, it } from "vitest";
import { coherentMemo } from "./coherent-memo";

// What a learner's JSON reads once per invalidation (lib/cache/coherent-memo.ts).

function setup() {
  let generation = 1;
  let coherent = true;
  const loads: string[] = [];
  let during: (() => void) | null = null;
  const memo = coherentMemo(
    async (key: string) => {
      loads.push(key);
      during?.();
      return `${key}@${generation}`;
    },
    { max: 2, source: () => ({ generation: () => generation, coherent: () => coherent }) },
  );
  return {
    memo,
    loads,
    invalidate: () => generation++,
    setCoherent: (v: boolean) => {
      coherent = v;
    },
    during: (fn: (() => void) | null) => {
      during = fn;
    },
  };
}

describe("coherentMemo", () => {
  it("loads once until an invalidation anywhere, then again", async () => {
    const s = setup();
    expect(await s.memo("a")).toBe("a@1");
    expect(await s.memo("a")).toBe("a@1");
    expect(s.loads).toEqual(["a"]);
    s.invalidate();
    expect(await s.memo("a")).toBe("a@2");
    expect(s.loads).toEqual(["a", "a"]);
  });

  it("keeps nothing read across an invalidation, nor while the page cache cannot hear other instances", async () => {
    const s = setup();
    s.during(() => s.invalidate());
    await s.memo("a");
    s.during(null);
    await s.memo("a");
    expect(s.loads).toEqual(["a", "a"]);
    s.setCoherent(false);
    await s.memo("b");
    await s.memo("b");
    expect(s.loads).toEqual(["a", "a", "b", "b"]);
  });

  it("keeps at most `max` keys, the oldest out first", async () => {
    const s = setup();
    for (const key of ["a", "b", "c", "c", "a"]) await s.memo(key);
    expect(s.loads).toEqual(["a", "b", "c", "a"]);
  });

  it("loads every time where there is no page cache (scripts, tests)", async () => {
    const loads: string[] = [];
    const memo = coherentMemo(
      async (key: string) => {
        loads.push(key);
        return key;
      },
      { source: () => null },
    );
    await memo("a");
    await memo("a");
    expect(loads).toEqual(["a", "a"]);
  });
});
