import { afterAll, describe, expect, it } from "vitest";
import { sha256 } from "@/lib/auth/tokens";
import { issueToken } from "@/lib/auth/tokens";
import { audit } from "@/lib/audit";
import { createScriptClient } from "@/prisma/client";
import {
  attemptQuiz,
  completeCourse,
  createAdoption,
  createAttachment,
  createCourse,
  createForumCategory,
  createForumFlag,
  createForumReaction,
  createForumTopic,
  createInitiative,
  createKnowledgePage,
  createMembershipRequest,
  createNotification,
  createOrganisation,
  createPractice,
  createReviewComment,
  createSession,
  createUser,
  editForumPost,
  enrolLearner,
  markForumTopicRead,
  simpleCourseSpec,
} from "@/prisma/factories";
import { exportMyData, USER_RELATIONS_IN_EXPORT, type UserRelation } from "./export";

const factoryDb = createScriptClient();
afterAll(async () => {
  await factoryDb.$disconnect();
});

/** The value at a dotted path of the export ("user.sessions"). */
const at = (data: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((v, key) => (v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined), data);

/** A member with something in every relation the export includes, and what the test expects to find. */
async function memberWithEverything() {
  const organisation = await createOrganisation(factoryDb, { name: `Export library ${Date.now()}` });
  const other = await createOrganisation(factoryDb);
  const user = await createUser(factoryDb, { role: "PARTNER", organisationSlug: organisation.slug });
  const someone = await createUser(factoryDb);

  await createSession(factoryDb, { userId: user.id, userAgent: "Export-Test-Browser/1.0" });
  const resetToken = await issueToken(user.id, "PASSWORD_RESET");
  await createMembershipRequest(factoryDb, { userId: user.id, organisationId: other.id });
  await audit(
    { actorId: user.id, action: "user.password.change", targetType: "User", targetId: user.id, data: { marker: "export" } },
    factoryDb,
  );

  // Knowledge hub: a page they started (with its first revision) and a file uploaded to it.
  const page = await createKnowledgePage(factoryDb, { authorId: user.id });
  await createAttachment(factoryDb, { uploadedById: user.id, pageId: page.id, originalName: "welcome-leaflet.pdf" });

  // Forum: their topic (and its subscription), someone else's topic they read, reacted to, flagged.
  const category = await createForumCategory(factoryDb);
  const own = await createForumTopic(factoryDb, { categoryId: category.id, authorId: user.id, title: "Export: my question" });
  const theirs = await createForumTopic(factoryDb, {
    categoryId: category.id,
    posts: [{ authorId: someone.id }, { authorId: someone.id }],
  });
  await editForumPost(factoryDb, { postId: own.postIds[0], editorId: user.id });
  await createForumReaction(factoryDb, { postId: theirs.postIds[0], userId: user.id, kind: "thanks" });
  await createForumFlag(factoryDb, { postId: theirs.postIds[1], reporterId: user.id, reason: "OFF_TOPIC", note: "Export flag" });
  await markForumTopicRead(factoryDb, { userId: user.id, topicId: theirs.id, lastNumber: 2 });
  await createNotification(factoryDb, { userId: user.id, kind: "REPLY", actorId: someone.id, topicId: own.id, data: { marker: "export" } });

  await createInitiative(factoryDb, { name: "Export conversation café", status: "SUGGESTED", suggestedById: user.id });

  // Training: a course in progress with a failed attempt, a finished one with its certificate, one they wrote.
  const inProgress = await createCourse(factoryDb, simpleCourseSpec());
  await enrolLearner(factoryDb, { userId: user.id, courseId: inProgress.id, lessonsDone: 1 });
  await attemptQuiz(factoryDb, { userId: user.id, quizId: inProgress.quizzes[0].id, right: false });
  const finished = await createCourse(factoryDb, simpleCourseSpec());
  const certificate = await completeCourse(factoryDb, { userId: user.id, courseId: finished.id });
  const authored = await createCourse(factoryDb, { ...simpleCourseSpec({ quiz: false }), authorId: user.id, published: false });

  // Good practice: a case study of their organisation, a comment, an adoption of someone else's.
  const practice = await createPractice(factoryDb, { organisationSlug: organisation.slug, title: "Export story", createdById: user.id });
  await createReviewComment(factoryDb, { practiceId: practice.id, authorId: user.id, body: "Export comment" });
  const adopted = await createPractice(factoryDb, { organisationSlug: other.slug, title: "Adopted story", steps: ["Find a room"] });
  await createAdoption(factoryDb, {
    practiceId: adopted.id,
    adopterId: user.id,
    libraryName: "Export library",
    country: "LV",
    notes: "Export notes",
  });

  return { user, organisation, page, own, theirs, inProgress, finished, certificate, authored, practice, adopted, resetToken };
}

describe("exportMyData (real database): 'Download my data' holds everything stored about the person", () => {
  it("contains the person's data in every exported relation, with its values, and no secret", async () => {
    const m = await memberWithEverything();
    const data = await exportMyData(m.user.id);
    const u = data.user;

    expect(data.format).toBe("e-panema-account-export/2");
    expect(u).toMatchObject({ id: m.user.id, email: m.user.email, name: m.user.name, role: "PARTNER" });
    expect(u.organisation?.name).toBe((await factoryDb.organisation.findUniqueOrThrow({ where: { id: m.organisation.id } })).name);
    expect(u.sessions).toEqual([expect.objectContaining({ userAgent: "Export-Test-Browser/1.0", revokedAt: null })]);
    expect(u.tokens).toEqual([expect.objectContaining({ purpose: "PASSWORD_RESET", usedAt: null })]);
    expect(u.membershipRequests).toEqual([expect.objectContaining({ status: "PENDING" })]);
    expect(data.auditTrail).toContainEqual(expect.objectContaining({ action: "user.password.change", data: { marker: "export" } }));

    expect(u.pagesCreated).toEqual([expect.objectContaining({ slug: m.page.slug, status: "DRAFT" })]);
    expect(u.revisions).toEqual([expect.objectContaining({ page: { slug: m.page.slug }, locale: "en", version: 1, kind: "create" })]);
    expect(u.attachments).toEqual([
      expect.objectContaining({
        originalName: "welcome-leaflet.pdf",
        mimeType: "application/pdf",
        kind: "document",
        page: { slug: m.page.slug },
      }),
    ]);
    expect(u.attachments[0].size).toBeGreaterThan(0);

    expect(u.forumTopics).toEqual([expect.objectContaining({ id: m.own.id, title: "Export: my question" })]);
    expect(u.forumPosts).toEqual([expect.objectContaining({ id: m.own.postIds[0], number: 1 })]);
    expect(u.forumPosts[0].editedAt).toBeInstanceOf(Date);
    expect(u.forumRevisions).toEqual([expect.objectContaining({ postId: m.own.postIds[0] })]);
    expect(u.forumReactions).toEqual([expect.objectContaining({ postId: m.theirs.postIds[0], kind: "thanks" })]);
    expect(u.forumFlags).toEqual([expect.objectContaining({ postId: m.theirs.postIds[1], reason: "OFF_TOPIC", note: "Export flag" })]);
    expect(u.forumReads).toEqual([expect.objectContaining({ topicId: m.theirs.id, lastNumber: 2 })]);
    expect(u.forumSubscriptions).toEqual([expect.objectContaining({ topicId: m.own.id, active: true })]);
    expect(u.notifications).toContainEqual(expect.objectContaining({ kind: "REPLY", topicId: m.own.id, data: { marker: "export" } }));
    expect(u.notifications).toContainEqual(expect.objectContaining({ kind: "CERTIFICATE_ISSUED" }));

    expect(u.initiativesSuggested).toEqual([expect.objectContaining({ name: "Export conversation café", status: "SUGGESTED" })]);

    expect(u.enrolments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          course: { slug: m.inProgress.slug },
          completedAt: null,
          lastLesson: { slug: m.inProgress.lessons[0].slug },
        }),
        expect.objectContaining({ course: { slug: m.finished.slug }, completedAt: expect.any(Date) }),
      ]),
    );
    expect(u.lessonProgress).toContainEqual(
      expect.objectContaining({ lesson: { slug: m.inProgress.lessons[0].slug, course: { slug: m.inProgress.slug } } }),
    );
    expect(u.lessonProgress).toHaveLength(1 + m.finished.lessons.length);
    const failed = u.quizAttempts.find((a) => a.quizId === m.inProgress.quizzes[0].id);
    expect(failed).toMatchObject({
      number: 1,
      score: 0,
      correct: 0,
      passed: false,
      quiz: { module: { course: { slug: m.inProgress.slug } } },
    });
    expect(Object.keys(failed?.answers as object).sort()).toEqual(m.inProgress.quizzes[0].questions.map((q) => q.id).sort());
    expect(u.quizAttempts).toContainEqual(expect.objectContaining({ quizId: m.finished.quizzes[0].id, score: 100, passed: true }));
    expect(u.certificates).toEqual([
      expect.objectContaining({ code: m.certificate.code, course: { slug: m.finished.slug }, holderName: m.user.name, revokedAt: null }),
    ]);
    expect(u.coursesCreated).toEqual([expect.objectContaining({ slug: m.authored.slug, status: "DRAFT" })]);
    expect(u.lessonRevisions).toEqual(
      m.authored.lessons.map((l) =>
        expect.objectContaining({ lesson: { slug: l.slug, course: { slug: m.authored.slug } }, kind: "create" }),
      ),
    );

    expect(u.practicesCreated).toEqual([expect.objectContaining({ id: m.practice.id, status: "PUBLISHED" })]);
    expect(u.practiceRevisions.length).toBeGreaterThan(0);
    expect(u.practiceRevisions.every((r) => r.practice.slug === u.practicesCreated[0].slug)).toBe(true);
    expect(u.reviewComments).toEqual([expect.objectContaining({ practiceId: m.practice.id, body: "Export comment" })]);
    expect(u.adoptions).toEqual([expect.objectContaining({ libraryName: "Export library", notes: "Export notes", status: "PLANNED" })]);
    expect(u.adoptions[0].checklist).toEqual(expect.arrayContaining([expect.objectContaining({ text: "Find a room" })]));

    // Every relation the export promises holds something for this member.
    for (const [relation, decision] of Object.entries(USER_RELATIONS_IN_EXPORT)) {
      if (!("export" in decision)) continue;
      const value = at(data, decision.export);
      expect(value, `${relation} → ${decision.export}`).toBeTruthy();
      if (Array.isArray(value)) expect(value.length, `${relation} → ${decision.export}`).toBeGreaterThan(0);
    }

    // No secret: not the password hash, not a token's hash, not a session's id.
    const json = JSON.stringify(data);
    const row = await factoryDb.user.findUniqueOrThrow({ where: { id: m.user.id }, select: { passwordHash: true } });
    const sessionIds = await factoryDb.session.findMany({ where: { userId: m.user.id }, select: { id: true } });
    expect(json).not.toContain(row.passwordHash);
    expect(json).not.toContain(sha256(m.resetToken));
    expect(json).not.toContain(m.resetToken);
    for (const s of sessionIds) expect(json).not.toContain(s.id);
    expect(json).not.toMatch(/passwordHash|tokenHash|storageKey/);
  });

  it("says for every relation of the User model whether it is exported or why not (a new model cannot be forgotten)", () => {
    // Prisma's runtime data model, as the generated client carries it (lib/generated/prisma/internal/class.ts).
    const model = (factoryDb as unknown as { _runtimeDataModel: { models: Record<string, { fields: { name: string; kind: string }[] }> } })
      ._runtimeDataModel.models.User;
    const relations = model.fields.filter((f) => f.kind === "object").map((f) => f.name);
    expect(relations.length).toBeGreaterThan(30);
    const decided = Object.keys(USER_RELATIONS_IN_EXPORT);
    const undecided = relations.filter((r) => !decided.includes(r));
    expect(undecided, "add these relations of User to USER_RELATIONS_IN_EXPORT (lib/accounts/export.ts)").toEqual([]);
    expect(decided.filter((r) => !relations.includes(r as UserRelation))).toEqual([]);
    for (const decision of Object.values(USER_RELATIONS_IN_EXPORT)) {
      if ("exclude" in decision) expect(decision.exclude.length).toBeGreaterThan(10);
      else expect(decision.export).toMatch(/^(user\.\w+|auditTrail)$/);
    }
  });
});
