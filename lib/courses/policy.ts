import { can, type Role } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineWorkflow } from "@/lib/workflow";

// The training area's rules beyond a role, in one place (pages, services and search use these).

type Person = { id: string; role: Role } | null | undefined;

/** Learners see a course once it has been published and while it is not archived. */
export const liveCourseWhere = {
  firstPublishedAt: { not: null },
  status: { not: "ARCHIVED" },
} satisfies Prisma.CourseWhereInput;

/** Modules, lessons and quizzes become visible when a publication of their course includes them. */
export const publishedLessonWhere = { publishedAt: { not: null } } satisfies Prisma.LessonWhereInput;

/**
 * The course outline and catalogue are public; lessons and quizzes are for members (their search
 * documents are "members" too), so a visitor is asked to log in before reading one.
 */
export function canReadLessons(user: Person): boolean {
  return can(user, "courses.learn");
}

/** Coordinators preview unpublished courses and lessons exactly as a learner would see them. */
export function canPreview(user: Person): boolean {
  return can(user, "courses.edit");
}

/** A certificate's PDF: its holder, and coordinators. The public verification page shows no PDF. */
export function canDownloadCertificate(user: Person, certificate: { userId: string }): boolean {
  if (!user) return false;
  return user.id === certificate.userId || can(user, "certificates.manage");
}

export type CourseStatus = "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED";
export type CourseTransition = "submit" | "backToDraft" | "publish" | "archive" | "unarchive";

/**
 * The review workflow (lib/workflow.ts): submitting and taking back need courses.edit, the rest
 * courses.publish. The edit page offers `courseWorkflow.available()`; the service accepts the same.
 */
export const courseWorkflow = defineWorkflow<CourseStatus, CourseTransition>({
  submit: { from: ["DRAFT"], to: "IN_REVIEW", permission: "courses.edit" },
  backToDraft: { from: ["IN_REVIEW"], to: "DRAFT", permission: "courses.edit" },
  publish: { from: ["DRAFT", "IN_REVIEW"], to: "PUBLISHED", permission: "courses.publish" },
  archive: { from: ["DRAFT", "IN_REVIEW", "PUBLISHED"], to: "ARCHIVED", permission: "courses.publish" },
  unarchive: { from: ["ARCHIVED"], to: "published-if-ever", permission: "courses.publish" },
});
