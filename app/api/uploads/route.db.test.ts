import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createCourse, createKnowledgePage, createPractice, createUser, simpleCourseSpec, upsertOrganisation } from "@/prisma/factories";

// The upload route as Next.js calls it, against real PostgreSQL and storage: only the session
// (a cookie outside a request) and the message catalogue (next-intl's request config) are stood in for.

let signedIn: CurrentUser | null = null;
let sessionFailure: unknown = null;

vi.mock("@/lib/auth/session", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/session")>();
  return {
    ...real,
    getCurrentUser: async () => {
      if (sessionFailure) throw sessionFailure;
      return signedIn;
    },
  };
});
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));

const { POST } = await import("./route");

const run = Date.now().toString(36);
const PDF = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
let partner: CurrentUser;
let coordinator: CurrentUser;
let practiceId: string;
let pageId: string;
let courseId: string;

function upload(query: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append("file", new File([PDF], "notes.pdf", { type: "application/pdf" }));
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return POST(new NextRequest(`http://localhost/api/uploads${query}`, { method: "POST", body: form }));
}

async function person(role: CurrentUser["role"], organisationSlug?: string): Promise<CurrentUser> {
  const u = await createUser(db as never, { email: `${role.toLowerCase()}-${run}@uploads.test`, role, organisationSlug });
  const org = organisationSlug ? await db.organisation.findUniqueOrThrow({ where: { slug: organisationSlug } }) : null;
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role,
    country: "LV",
    locale: "en",
    organisationId: org?.id ?? null,
    organisationName: org?.name ?? null,
    sessionId: "test",
  };
}

beforeAll(async () => {
  const orgSlug = `uploads-${run}`;
  await upsertOrganisation(db as never, { slug: orgSlug, name: `Uploads library ${run}`, type: "LIBRARY", country: "LV" });
  partner = await person("PARTNER", orgSlug);
  coordinator = await person("COORDINATOR");
  practiceId = (await createPractice(db as never, { organisationSlug: orgSlug, title: `Uploads ${run}`, status: "DRAFT" })).id;
  pageId = (await createKnowledgePage(db as never)).id;
  courseId = (await createCourse(db as never, simpleCourseSpec())).id;
});

describe("POST /api/uploads", () => {
  it("lets a case study's author attach files to it, and to no knowledge page or course through the form", async () => {
    signedIn = partner;
    const before = await db.attachment.count();
    const own = await upload(`?practiceId=${practiceId}`);
    expect(own.status).toBe(201);
    const { id } = (await own.json()) as { id: string };
    expect(await db.attachment.findUniqueOrThrow({ where: { id }, select: { practiceId: true, pageId: true, courseId: true } })).toEqual({
      practiceId,
      pageId: null,
      courseId: null,
    });

    for (const fields of [{ pageId }, { courseId }] as Record<string, string>[]) {
      const smuggled = await upload(`?practiceId=${practiceId}`, fields);
      expect(smuggled.status).toBe(403);
      expect(await smuggled.json()).toEqual({ error: { code: "FORBIDDEN", message: "errors.FORBIDDEN" } });
    }
    expect(await db.attachment.count()).toBe(before + 1);
  });

  it("lets a coordinator attach files to a knowledge page and a course", async () => {
    signedIn = coordinator;
    const page = await createKnowledgePage(db as never);
    const course = await createCourse(db as never, simpleCourseSpec());
    expect((await upload("", { pageId: page.id })).status).toBe(201);
    expect((await upload("", { courseId: course.id })).status).toBe(201);
    expect(await db.attachment.count({ where: { pageId: page.id } })).toBe(1);
    expect(await db.attachment.count({ where: { courseId: course.id } })).toBe(1);
  });

  it("answers 503 UNAVAILABLE, like every other route, while the database cannot be reached", async () => {
    sessionFailure = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    try {
      const response = await upload("");
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: { code: "UNAVAILABLE", message: "errors.UNAVAILABLE" } });
    } finally {
      sessionFailure = null;
    }
  });
});
