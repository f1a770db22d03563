import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Every relation of the User model (tsc fails on the map below when one is added or removed). */
export type UserRelation = Exclude<keyof Prisma.UserInclude, "_count">;

/**
 * What "Download my data" does with each relation of the User model: `export` names where it
 * appears in the file (a path in the exported object), `exclude` says why it is deliberately
 * left out. The rule: the person's own records are exported; secrets never are (the password
 * hash, one-time token hashes; session ids are only exported as dates and devices); pointers that
 * only say "this person last touched a shared record" and records about other people are not —
 * what the person did there is in the exported audit trail or in their exported revisions.
 * lib/accounts/export.db.test.ts checks this list against Prisma's data model, so a new relation
 * cannot be forgotten.
 */
export const USER_RELATIONS_IN_EXPORT = {
  organisation: { export: "user.organisation" },
  sessions: { export: "user.sessions" },
  tokens: { export: "user.tokens" },
  membershipRequests: { export: "user.membershipRequests" },
  membershipDecisions: { exclude: "other people's requests; the person's decisions are in the audit trail" },
  auditEntries: { export: "auditTrail" },
  pagesCreated: { export: "user.pagesCreated" },
  pageStatusChanges: { exclude: "who last changed a shared page's status; each change is in the audit trail" },
  translationsEdited: { exclude: "who last saved a shared translation; the person's versions are in user.revisions" },
  revisions: { export: "user.revisions" },
  attachments: { export: "user.attachments" },
  forumTopics: { export: "user.forumTopics" },
  forumPosts: { export: "user.forumPosts" },
  forumPostsHidden: { exclude: "other people's posts the person hid as a moderator; in the audit trail" },
  forumRevisions: { export: "user.forumRevisions" },
  forumReactions: { export: "user.forumReactions" },
  forumFlags: { export: "user.forumFlags" },
  forumFlagsResolved: { exclude: "other people's reports the person resolved as a moderator; in the audit trail" },
  forumReads: { export: "user.forumReads" },
  forumSubscriptions: { export: "user.forumSubscriptions" },
  notifications: { export: "user.notifications" },
  notificationsCaused: { exclude: "other people's notifications" },
  initiativesSuggested: { export: "user.initiativesSuggested" },
  initiativesReviewed: { exclude: "other people's suggestions the person reviewed; in the audit trail" },
  coursesCreated: { export: "user.coursesCreated" },
  courseStatusChanges: { exclude: "who last changed a shared course's status; each change is in the audit trail" },
  courseTranslationsEdited: { exclude: "who last saved a shared course text; each save is in the audit trail" },
  lessonTranslationsEdited: { exclude: "who last saved a shared lesson; the person's versions are in user.lessonRevisions" },
  lessonRevisions: { export: "user.lessonRevisions" },
  enrolments: { export: "user.enrolments" },
  lessonProgress: { export: "user.lessonProgress" },
  quizAttempts: { export: "user.quizAttempts" },
  certificates: { export: "user.certificates" },
  certificatesRevoked: { exclude: "other people's certificates the person revoked; in the audit trail" },
  practicesCreated: { export: "user.practicesCreated" },
  practiceStatusChanges: { exclude: "who last changed a shared case study's status; in the audit trail" },
  practiceTranslations: { exclude: "who last saved a shared case study text; the person's versions are in user.practiceRevisions" },
  practiceRevisions: { export: "user.practiceRevisions" },
  reviewComments: { export: "user.reviewComments" },
  adoptions: { export: "user.adoptions" },
} as const satisfies Record<UserRelation, { export: string } | { exclude: string }>;

export const EXPORT_FORMAT = "e-panema-account-export/2";

/**
 * "Download my data" (GDPR art. 15 and 20): everything stored about the person (see
 * USER_RELATIONS_IN_EXPORT), minus secrets. Content written together with others (pages, courses,
 * case studies) is referenced by slug, not copied; uploads are described, not included.
 */
export async function exportMyData(userId: string) {
  const course = { select: { slug: true } } as const;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    // Every User scalar except passwordHash.
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      status: true,
      suspendedReason: true,
      suspendedUntil: true,
      country: true,
      locale: true,
      emailVerifiedAt: true,
      lastLoginAt: true,
      createdAt: true,
      updatedAt: true,
      forumSuspendedUntil: true,
      forumSuspendedReason: true,
      forumDigest: true,
      forumDigestSentAt: true,

      // Account
      organisation: { select: { name: true, country: true } },
      membershipRequests: { select: { status: true, createdAt: true, decidedAt: true, organisation: { select: { name: true } } } },
      sessions: {
        orderBy: { createdAt: "asc" },
        select: { createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true, userAgent: true },
      },
      // Emails with a link (address confirmation, password reset); never the token's hash.
      tokens: { orderBy: { createdAt: "asc" }, select: { purpose: true, createdAt: true, expiresAt: true, usedAt: true } },
      // Uploads: what the file is and what it belongs to, not its bytes.
      attachments: {
        orderBy: { createdAt: "asc" },
        select: {
          originalName: true,
          mimeType: true,
          size: true,
          kind: true,
          createdAt: true,
          page: { select: { slug: true } },
          course,
          practice: { select: { slug: true } },
        },
      },

      // Knowledge hub: pages started and versions written.
      pagesCreated: { orderBy: { createdAt: "asc" }, select: { slug: true, section: true, status: true, createdAt: true } },
      revisions: {
        orderBy: { createdAt: "asc" },
        select: { page: { select: { slug: true } }, locale: true, version: true, kind: true, title: true, createdAt: true },
      },

      // Forum
      forumTopics: { select: { id: true, title: true, tags: true, createdAt: true } },
      forumPosts: {
        orderBy: { createdAt: "asc" },
        select: { id: true, topicId: true, number: true, text: true, createdAt: true, editedAt: true, hiddenAt: true, hiddenReason: true },
      },
      // When the person edited a post (not the text before the edit: a moderator's edit keeps another member's words).
      forumRevisions: { orderBy: { createdAt: "asc" }, select: { postId: true, createdAt: true } },
      forumReactions: { select: { postId: true, kind: true, createdAt: true } },
      forumFlags: { select: { postId: true, reason: true, note: true, status: true, createdAt: true } },
      forumReads: { select: { topicId: true, lastNumber: true, updatedAt: true } },
      forumSubscriptions: { select: { topicId: true, categoryId: true, active: true, createdAt: true } },
      notifications: {
        orderBy: { createdAt: "asc" },
        select: {
          kind: true,
          topicId: true,
          postId: true,
          initiativeId: true,
          certificateId: true,
          practiceId: true,
          data: true,
          readAt: true,
          createdAt: true,
        },
      },

      // Initiatives map
      initiativesSuggested: {
        orderBy: { createdAt: "asc" },
        select: { slug: true, name: true, status: true, rejectionReason: true, createdAt: true },
      },

      // Training: as a learner, and as an author.
      enrolments: {
        orderBy: { startedAt: "asc" },
        select: { course, startedAt: true, completedAt: true, lastActiveAt: true, lastLesson: { select: { slug: true } } },
      },
      lessonProgress: { orderBy: { doneAt: "asc" }, select: { lesson: { select: { slug: true, course } }, doneAt: true } },
      quizAttempts: {
        orderBy: [{ startedAt: "asc" }, { number: "asc" }],
        select: {
          quizId: true,
          quiz: { select: { module: { select: { course } } } },
          number: true,
          // { questionId: [choiceId, …] }, as graded.
          answers: true,
          correct: true,
          score: true,
          passed: true,
          startedAt: true,
          submittedAt: true,
        },
      },
      certificates: {
        orderBy: { issuedAt: "asc" },
        select: {
          code: true,
          course,
          courseTitle: true,
          holderName: true,
          locale: true,
          issuedAt: true,
          revokedAt: true,
          revokedReason: true,
        },
      },
      coursesCreated: { orderBy: { createdAt: "asc" }, select: { slug: true, status: true, createdAt: true } },
      lessonRevisions: {
        orderBy: { createdAt: "asc" },
        select: { lesson: { select: { slug: true, course } }, locale: true, version: true, kind: true, title: true, createdAt: true },
      },

      // Good practice: what this person started, wrote, adopted (with their private checklist and notes) and commented.
      practicesCreated: { select: { id: true, slug: true, status: true, createdAt: true } },
      practiceRevisions: {
        orderBy: { createdAt: "asc" },
        select: { practice: { select: { slug: true } }, locale: true, version: true, kind: true, createdAt: true },
      },
      adoptions: {
        orderBy: { createdAt: "asc" },
        select: {
          practice: { select: { slug: true } },
          libraryName: true,
          country: true,
          city: true,
          checklist: true,
          notes: true,
          plannedFor: true,
          status: true,
          whatChanged: true,
          outcomeStory: true,
          completedAt: true,
          createdAt: true,
        },
      },
      reviewComments: { orderBy: { createdAt: "asc" }, select: { practiceId: true, field: true, body: true, createdAt: true } },
    },
  });
  // What the person did and what was done to their account (role changes, suspensions…).
  const auditTrail = await db.auditLog.findMany({
    where: { OR: [{ actorId: userId }, { targetType: "User", targetId: userId }] },
    orderBy: { createdAt: "asc" },
    select: { action: true, createdAt: true, data: true },
  });
  return { exportedAt: new Date().toISOString(), format: EXPORT_FORMAT, user, auditTrail };
}
