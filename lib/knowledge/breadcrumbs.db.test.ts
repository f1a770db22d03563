import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/prisma/factories";
import { getPageForReading } from "./queries";
import { changeStatus, createPage } from "./service";

// Real PostgreSQL: a reader's breadcrumbs name only pages that reader may open.
describe("breadcrumbs of a published page", () => {
  const run = Date.now().toString(36);

  async function page(user: { id: string; role: "COORDINATOR" }, slug: string, parentSlug?: string) {
    const parent = parentSlug ? await db.knowledgePage.findUniqueOrThrow({ where: { slug: parentSlug }, select: { id: true } }) : null;
    await createPage(user, { title: `Title of ${slug}`, slug, section: "GUIDES", parentId: parent?.id, sourceLocale: "en" });
    return db.knowledgePage.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  }

  it("leave out an unpublished parent (no slug, no link) and keep the published ones", async () => {
    const u = await createUser(db as never, { role: "COORDINATOR" });
    const coordinator = { id: u.id, role: "COORDINATOR" as const };
    const top = await page(coordinator, `crumb-top-${run}`);
    const secret = await page(coordinator, `crumb-secret-plan-${run}`, `crumb-top-${run}`);
    const child = await page(coordinator, `crumb-child-${run}`, `crumb-secret-plan-${run}`);
    await changeStatus(coordinator, top.id, "publish");
    await changeStatus(coordinator, child.id, "publish");
    expect((await db.knowledgePage.findUniqueOrThrow({ where: { id: secret.id } })).firstPublishedAt).toBeNull();

    const reading = await getPageForReading(`crumb-child-${run}`, "en");
    expect(reading?.breadcrumbs).toEqual([{ slug: `crumb-top-${run}`, title: `Title of crumb-top-${run}` }]);
    expect(JSON.stringify(reading)).not.toContain("crumb-secret-plan");
  });

  it("leave out an archived parent too", async () => {
    const u = await createUser(db as never, { role: "COORDINATOR" });
    const coordinator = { id: u.id, role: "COORDINATOR" as const };
    const parent = await page(coordinator, `crumb-archived-${run}`);
    const child = await page(coordinator, `crumb-kept-${run}`, `crumb-archived-${run}`);
    await changeStatus(coordinator, parent.id, "publish");
    await changeStatus(coordinator, child.id, "publish");
    await changeStatus(coordinator, parent.id, "archive");
    const reading = await getPageForReading(`crumb-kept-${run}`, "en");
    expect(reading?.breadcrumbs).toEqual([]);
  });
});
