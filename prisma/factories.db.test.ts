import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { listPendingMemberships } from "@/lib/admin/queries";
import { db } from "@/lib/db";
import { listViewer, reviewQueue, topicPage } from "@/lib/forum/queries";
import { getPageForReading, getPageForEditing } from "@/lib/knowledge/queries";
import { listNotifications } from "@/lib/notifications/queries";
import { getAdoption, getPracticeForReading, getPracticeForReview, listOwnPractices } from "@/lib/practices/queries";
import { practiceSearchSource } from "@/lib/practices/search-source";
import {
  createAdoption,
  createAttachment,
  createForumCategory,
  createForumFlag,
  createForumReaction,
  createForumTopic,
  createKnowledgePage,
  createMembershipRequest,
  createNotification,
  createOrganisation,
  createPractice,
  createReviewComment,
  createUser,
  markForumTopicRead,
} from "./factories";

// The factories build what the app itself would have written: the app's own queries read it back.
describe("factories", () => {
  it("build members, organisations and membership requests the admin screens list", async () => {
    const organisation = await createOrganisation(db, { name: "Biblioteka Testowa", country: "PL" });
    const member = await createUser(db, { name: "Zofia Factory" });
    await createMembershipRequest(db, { userId: member.id, organisationId: organisation.id });
    const pending = await listPendingMemberships();
    expect(pending.find((r) => r.user.id === member.id)).toMatchObject({ organisation: { name: "Biblioteka Testowa", country: "PL" } });
  });

  it("build a published page that readers get and a draft they do not, with translations and revisions", async () => {
    const author = await createUser(db, { role: "COORDINATOR" });
    const published = await createKnowledgePage(db, {
      status: "PUBLISHED",
      authorId: author.id,
      translations: {
        en: { title: "Reading aloud together", summary: "A guide", html: "<h2>Why</h2><p>Because it works.</p>" },
        fr: { title: "Lire à voix haute ensemble", html: "<p>Parce que ça marche.</p>" },
      },
    });
    const reading = await getPageForReading(published.slug, "fr");
    expect(reading).toMatchObject({ title: "Lire à voix haute ensemble", fallback: false, outdated: false });
    expect((await getPageForReading(published.slug, "en"))?.headings).toEqual([{ id: "why", text: "Why", level: 2 }]);
    expect(await db.pageRevision.count({ where: { pageId: published.id, kind: "publish" } })).toBe(2);
    expect(await db.searchOutbox.count({ where: { entityId: published.id } })).toBe(1);

    const draft = await createKnowledgePage(db, { authorId: author.id });
    expect(await getPageForReading(draft.slug, "en")).toBeNull();
    expect((await getPageForEditing(draft.slug))?.translation?.version).toBe(1);
    const file = await createAttachment(db, { pageId: draft.id, uploadedById: author.id });
    expect(await db.attachment.findUniqueOrThrow({ where: { id: file.id }, select: { pageId: true } })).toEqual({ pageId: draft.id });
  });

  it("build a thread the topic page shows, flags the review queue shows and notifications the bell counts", async () => {
    const [author, reader, coordinator] = await Promise.all([
      createUser(db, { name: "Thread Starter" }),
      createUser(db, { name: "Thread Reader" }),
      createUser(db, { role: "COORDINATOR" }),
    ]);
    const category = await createForumCategory(db, { visibility: "MEMBERS" });
    const topic = await createForumTopic(db, {
      categoryId: category.id,
      title: "A thread built by the factory",
      solvedBy: 2,
      posts: [
        { authorId: author.id, html: "<p>Question?</p>" },
        { authorId: reader.id, html: "<p>Answer.</p>" },
        { authorId: author.id, html: "<p>Thanks!</p>" },
      ],
    });
    const asReader = { id: reader.id, role: "LIBRARIAN" as const };
    const view = await topicPage(asReader, topic.id, 1, "en");
    expect(view?.posts.map((p) => [p.number, p.author?.name, p.text])).toEqual([
      [1, "Thread Starter", "Question?"],
      [2, "Thread Reader", "Answer."],
      [3, "Thread Starter", "Thanks!"],
    ]);
    expect(view).toMatchObject({ postCount: 3, replyCount: 2, solvedPost: { number: 2 } });
    expect(await topicPage(null, topic.id, 1, "en")).toBeNull(); // members only
    expect(await db.forumCategory.findUniqueOrThrow({ where: { id: category.id }, select: { topicCount: true, postCount: true } })).toEqual(
      {
        topicCount: 1,
        postCount: 3,
      },
    );

    await createForumReaction(db, { postId: topic.postIds[1], userId: author.id, kind: "thanks" });
    await createForumReaction(db, { postId: topic.postIds[1], userId: coordinator.id, kind: "thanks" });
    const thanked = (await topicPage(asReader, topic.id, 1, "en"))?.posts[1]?.reactions.find((r) => r.kind === "thanks");
    expect(thanked).toEqual({ kind: "thanks", count: 2, mine: false });
    const asAuthor = { id: author.id, role: "LIBRARIAN" as const };
    expect((await topicPage(asAuthor, topic.id, 1, "en"))?.posts[1]?.reactions.find((r) => r.kind === "thanks")?.mine).toBe(true);

    // Read up to post 1: two unread, the first of them post 2; read to the end: none.
    await markForumTopicRead(db, { userId: reader.id, topicId: topic.id, lastNumber: 1 });
    expect((await listViewer(asReader, [topic.id], null)).topics[topic.id]).toEqual({ unread: 2, firstUnread: 2 });
    await markForumTopicRead(db, { userId: reader.id, topicId: topic.id, lastNumber: 3 });
    expect((await listViewer(asReader, [topic.id], null)).topics[topic.id]).toEqual({ unread: null, firstUnread: null });

    await createForumFlag(db, { postId: topic.postIds[2], reporterId: reader.id, reason: "OFF_TOPIC", note: "Not an answer" });
    const queued = (await reviewQueue("en")).find((q) => q.postId === topic.postIds[2]);
    expect(queued?.flags).toMatchObject([{ reason: "OFF_TOPIC", note: "Not an answer", reporterName: "Thread Reader" }]);
    expect(queued?.previous).toMatchObject({ number: 2, authorName: "Thread Reader" });

    await createNotification(db, { userId: author.id, kind: "REPLY", actorId: reader.id, topicId: topic.id, postId: topic.postIds[1] });
    await createNotification(db, {
      userId: author.id,
      kind: "MODERATION",
      actorId: coordinator.id,
      data: { action: "unhide" },
      read: true,
    });
    const notifications = await listNotifications(author.id);
    expect(notifications.map((n) => [n.kind, n.read, n.topicTitle])).toEqual([
      ["MODERATION", true, null],
      ["REPLY", false, "A thread built by the factory"],
    ]);
  });

  it("build a published case study readers and search get, a draft they do not, and an adoption its adopter sees", async () => {
    const organisation = await createOrganisation(db, { country: "RO" });
    const adopter = await createUser(db);
    const published = await createPractice(db, {
      organisationSlug: organisation.slug,
      title: "Factory job club",
      story: ["Once a week."],
      resources: ["A room"],
      steps: ["Invite", "Run"],
      themes: ["employment"],
      translations: { fr: { title: "Club emploi de l’usine" } },
    });
    expect(await getPracticeForReading(published.slug, "fr", null)).toMatchObject({
      title: "Club emploi de l’usine",
      fallback: false,
      country: "RO",
    });
    expect(
      (await practiceSearchSource.documentsFor([published.id]))
        .get(published.id)
        ?.map((d) => d.locale)
        .sort(),
    ).toEqual(["en", "fr"]);
    const draft = await createPractice(db, { organisationSlug: organisation.slug, title: "Factory draft", status: "DRAFT" });
    expect(await getPracticeForReading(draft.slug, "en", null)).toBeNull();
    expect((await practiceSearchSource.documentsFor([draft.id])).get(draft.id)).toEqual([]);
    const adoption = await createAdoption(db, {
      practiceId: published.id,
      adopterId: adopter.id,
      libraryName: "Town library",
      country: "RO",
      done: 1,
    });
    expect((await getAdoption(adoption.id, adopter.id, "en"))?.checklist.map((i) => [i.id, i.done])).toEqual([
      ["r1", true],
      ["s1", false],
      ["s2", false],
    ]);
  });
  it("build review comments the reviewer reads on the submission and its authors count as open", async () => {
    const organisation = await createOrganisation(db, { country: "LV" });
    const [partner, coordinator] = await Promise.all([
      createUser(db, { role: "PARTNER", organisationSlug: organisation.slug }),
      createUser(db, { role: "COORDINATOR", name: "Rita Reviewer" }),
    ]);
    const submission = await createPractice(db, { organisationSlug: organisation.slug, title: "Factory submission", status: "IN_REVIEW" });
    await createReviewComment(db, {
      practiceId: submission.id,
      authorId: coordinator.id,
      field: "title",
      body: "A shorter title, please.",
    });
    await createReviewComment(db, { practiceId: submission.id, authorId: coordinator.id, body: "Answered already.", resolved: true });
    const as = (u: Pick<CurrentUser, "id" | "name" | "email" | "role">, organisationId: string | null): CurrentUser => ({
      ...u,
      country: "LV",
      locale: "en",
      organisationId,
      organisationName: null,
      sessionId: "factory-test",
    });
    const review = await getPracticeForReview(submission.id, as(coordinator, null), "en");
    expect(review?.comments.map((c) => [c.field, c.body, c.author, c.resolved]).sort()).toEqual([
      [null, "Answered already.", "Rita Reviewer", true],
      ["title", "A shorter title, please.", "Rita Reviewer", false],
    ]);
    const own = await listOwnPractices(as(partner, organisation.id));
    expect(own.find((r) => r.slug === submission.slug)?.openComments).toBe(1);
  });
});
