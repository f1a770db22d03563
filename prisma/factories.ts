import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import { FORUM_SEARCH_TYPE } from "../lib/forum/search-type";
import type {
  AdoptionStatus,
  FlagReason,
  InitiativeStatus,
  InitiativeType,
  FlagStatus,
  ForumCategoryKind,
  ForumVisibility,
  KnowledgeSection,
  MembershipStatus,
  NotificationKind,
  OrganisationType,
  PageStatus,
  PracticeStatus,
  Prisma,
  Role,
} from "../lib/generated/prisma/client";
import { publicPlace } from "../lib/initiatives/geo";
import { INITIATIVE_SEARCH_TYPE } from "../lib/initiatives/search-type";
import { SEARCH_TYPE as KNOWLEDGE_SEARCH_TYPE } from "../lib/knowledge/search-type";
import type { AuditAction } from "../lib/audit";
import type { ReactionKind } from "../lib/forum/constants";
import { buildChecklist } from "../lib/practices/content";
import type { ReviewField } from "../lib/practices/schemas";
import { SEARCH_TYPE as PRACTICE_SEARCH_TYPE } from "../lib/practices/search-type";
import { enqueueSearchUpdate, enqueueSearchUpdates } from "../lib/search/outbox";

// One factory per model, shared by the seeds (prisma/seed*.ts), the vitest tests and the
// Playwright fixtures, so that all three build data the same way (epic-stack's db-utils).
// Each takes a Prisma client or a transaction, fills what the caller leaves out with something
// valid and unique, and returns the ids (and the few fields callers need).
//
// Rich text (knowledge pages, forum posts) goes through the same renderer as the app: the
// renderer is server-only, so it is imported when first needed — Playwright, which never
// builds content here, loads this file without it.

export type Db = Prisma.TransactionClient;

const unique = () => randomBytes(5).toString("hex");
export const TEST_PASSWORD = "correct horse battery staple";

async function renderer() {
  return import("../lib/rich-text/render");
}

// ─── users, organisations, memberships ─────────────────────────────────────────────────────

export type UserInput = {
  email?: string;
  name?: string;
  password?: string;
  role?: Role;
  country?: string;
  locale?: string;
  verified?: boolean;
  organisationSlug?: string;
  /** Backdated accounts are not "new" (the forum limits new accounts). */
  createdAt?: Date;
  forumSuspendedUntil?: Date | null;
  forumSuspendedReason?: string | null;
};

/** Creates a user, or updates the role/organisation of an existing one with that email (idempotent). */
export async function createUser(db: Db, input: UserInput = {}) {
  const email = (input.email ?? `user-${unique()}@example.test`).toLowerCase();
  const organisation = input.organisationSlug
    ? await db.organisation.findUniqueOrThrow({ where: { slug: input.organisationSlug }, select: { id: true } })
    : null;
  const select = { id: true, email: true, name: true, role: true } as const;
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    return db.user.update({
      where: { email },
      data: { role: input.role ?? "LIBRARIAN", organisationId: organisation?.id ?? null },
      select,
    });
  }
  return db.user.create({
    data: {
      email,
      name: input.name ?? `Test user ${unique()}`,
      passwordHash: await hashPassword(input.password ?? TEST_PASSWORD),
      role: input.role ?? "LIBRARIAN",
      country: input.country ?? "LV",
      locale: input.locale ?? "en",
      emailVerifiedAt: input.verified === false ? null : new Date(),
      organisationId: organisation?.id ?? null,
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
      forumSuspendedUntil: input.forumSuspendedUntil ?? null,
      forumSuspendedReason: input.forumSuspendedReason ?? null,
    },
    select,
  });
}

/**
 * A signed-in session for a user, as a login creates it (lib/accounts/login.ts): the row the
 * session cookie points to, and the user's last login. The cookie itself is the caller's
 * (e2e/fixtures.ts signIn encodes it).
 */
export async function createSession(db: Db, input: { userId: string; userAgent?: string | null; maxAgeSeconds?: number }) {
  const now = new Date();
  const { lastLoginAt } = await db.user.findUniqueOrThrow({ where: { id: input.userId }, select: { lastLoginAt: true } });
  const [session] = await db.$transaction([
    db.session.create({
      data: {
        userId: input.userId,
        expiresAt: new Date(now.getTime() + (input.maxAgeSeconds ?? 30 * 24 * 3600) * 1000),
        userAgent: input.userAgent?.slice(0, 300) ?? null,
        isFirst: lastLoginAt === null,
      },
      select: { id: true, expiresAt: true },
    }),
    db.user.update({ where: { id: input.userId }, data: { lastLoginAt: now }, select: { id: true } }),
  ]);
  return session;
}

export type OrganisationInput = {
  slug: string;
  name: string;
  type: OrganisationType;
  country: string;
  city?: string | null;
  website?: string | null;
  description?: string | null;
  isPartner?: boolean;
};

/** Creates or updates the organisation with this slug (the seed's partners). */
export async function upsertOrganisation(db: Db, input: OrganisationInput) {
  const { slug, ...data } = input;
  return db.organisation.upsert({ where: { slug }, create: input, update: data, select: { id: true, slug: true } });
}

/** A new organisation; anything not given is made up. */
export async function createOrganisation(db: Db, input: Partial<OrganisationInput> = {}) {
  const slug = input.slug ?? `organisation-${unique()}`;
  return upsertOrganisation(db, { name: `Organisation ${slug}`, type: "LIBRARY", country: "LV", ...input, slug });
}

/** A request to join an organisation (pending unless a status is given). */
export async function createMembershipRequest(
  db: Db,
  input: { userId: string; organisationId: string; status?: MembershipStatus; decidedById?: string },
) {
  const decided = input.status && input.status !== "PENDING";
  return db.membershipRequest.create({
    data: {
      userId: input.userId,
      organisationId: input.organisationId,
      status: input.status ?? "PENDING",
      ...(decided ? { decidedAt: new Date(), decidedById: input.decidedById ?? null } : {}),
    },
    select: { id: true },
  });
}

// ─── knowledge hub ──────────────────────────────────────────────────────────────────────────

export type TranslationInput = {
  title: string;
  summary?: string;
  /** HTML the editor could produce (converted to the editor's JSON, then rendered). */
  html?: string;
};

export type KnowledgePageInput = {
  slug?: string;
  section?: KnowledgeSection;
  parentId?: string | null;
  position?: number;
  sourceLocale?: string;
  authorId?: string | null;
  /** Published pages get their published copy, a "publish" revision and a search outbox row. */
  status?: PageStatus;
  /** By locale; the source locale must be among them. Defaults to an English page. */
  translations?: Record<string, TranslationInput | undefined>;
};

/**
 * A knowledge page with its translations (version 1) and their first revisions. A published
 * page (status PUBLISHED) is what readers and search see; any other status is a draft that was
 * never published.
 */
export async function createKnowledgePage(db: Db, input: KnowledgePageInput = {}) {
  const { htmlToRichText, renderRichText } = await renderer();
  const slug = input.slug ?? `page-${unique()}`;
  const sourceLocale = input.sourceLocale ?? "en";
  const translations = input.translations ?? { [sourceLocale]: { title: `Page ${slug}`, html: "<p>Text of the page.</p>" } };
  if (!translations[sourceLocale]) throw new Error(`createKnowledgePage: no translation in the source locale "${sourceLocale}"`);
  // Rendered before the first write, so that a transaction around this holds its locks briefly.
  const rendered = Object.entries(translations).flatMap(([locale, content]) =>
    content ? [{ locale, content, ...renderRichText(htmlToRichText(content.html ?? "<p></p>")) }] : [],
  );
  const status = input.status ?? "DRAFT";
  const published = status === "PUBLISHED";
  const now = new Date();
  const authorId = input.authorId ?? null;
  const page = await db.knowledgePage.create({
    data: {
      slug,
      section: input.section ?? "GUIDES",
      parentId: input.parentId ?? null,
      position: input.position ?? 0,
      sourceLocale,
      status,
      firstPublishedAt: published ? now : null,
      statusChangedById: authorId,
      createdById: authorId,
    },
    select: { id: true, slug: true },
  });
  for (const { locale, content, ...output } of rendered) {
    const json = output.json as Prisma.InputJsonValue;
    const summary = content.summary ?? "";
    await db.pageTranslation.create({
      data: {
        pageId: page.id,
        locale,
        title: content.title,
        summary,
        contentJson: json,
        contentHtml: output.html,
        version: 1,
        sourceVersion: locale === sourceLocale ? null : 1,
        updatedById: authorId,
        ...(published
          ? {
              publishedTitle: content.title,
              publishedSummary: summary,
              publishedHtml: output.html,
              publishedHeadings: output.headings,
              publishedText: output.text,
              readingMinutes: output.readingMinutes,
              publishedVersion: 1,
              publishedAt: now,
            }
          : {}),
      },
    });
    await db.pageRevision.create({
      data: {
        pageId: page.id,
        locale,
        version: 1,
        title: content.title,
        summary,
        contentJson: json,
        contentHtml: output.html,
        authorId,
        kind: published ? "publish" : "create",
      },
    });
  }
  if (published) await enqueueSearchUpdate(db, KNOWLEDGE_SEARCH_TYPE, page.id);
  return page;
}

/** A row for an uploaded file, without bytes in storage: tests of what refers to uploads. Real uploads go through lib/uploads. */
export async function createAttachment(
  db: Db,
  input: {
    uploadedById?: string | null;
    pageId?: string | null;
    courseId?: string | null;
    practiceId?: string | null;
    originalName?: string;
    kind?: "image" | "document";
    bytes?: Uint8Array;
  } = {},
) {
  const kind = input.kind ?? "document";
  const bytes = input.bytes ?? new TextEncoder().encode(`%PDF-1.4 ${unique()}`);
  const extension = kind === "image" ? "png" : "pdf";
  return db.attachment.create({
    data: {
      storageKey: `test/${unique()}.${extension}`,
      originalName: input.originalName ?? `file-${unique()}.${extension}`,
      mimeType: kind === "image" ? "image/png" : "application/pdf",
      size: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      kind,
      pageId: input.pageId ?? null,
      courseId: input.courseId ?? null,
      practiceId: input.practiceId ?? null,
      uploadedById: input.uploadedById ?? null,
    },
    select: { id: true, storageKey: true },
  });
}

// ─── forum ──────────────────────────────────────────────────────────────────────────────────

export type ForumCategoryInput = {
  slug?: string;
  kind?: ForumCategoryKind;
  visibility?: ForumVisibility;
  position?: number;
  country?: string | null;
  /** Translated names, { en: "…", fr: "…" }. */
  name?: Record<string, string>;
  description?: Record<string, string>;
};

export async function createForumCategory(db: Db, input: ForumCategoryInput = {}) {
  const slug = input.slug ?? `category-${unique()}`;
  return db.forumCategory.create({
    data: {
      slug,
      kind: input.kind ?? "THEME",
      visibility: input.visibility ?? "PUBLIC",
      position: input.position ?? 0,
      country: input.country ?? null,
      name: input.name ?? { en: `Category ${slug}` },
      description: input.description ?? { en: `About ${slug}` },
    },
    select: { id: true, slug: true },
  });
}

export type ForumPostInput = { authorId: string | null; html?: string; locale?: string; createdAt?: Date };

export type ForumTopicInput = {
  categoryId: string;
  title?: string;
  tags?: string[];
  /** The opening post first; numbered 1, 2, 3… Defaults to one post by `authorId`. */
  posts?: ForumPostInput[];
  authorId?: string | null;
  pinned?: boolean;
  locked?: boolean;
  /** Number of the post that solved the topic. */
  solvedBy?: number;
};

/**
 * A topic with its posts, numbered without gaps, with the counters the service keeps (topic and
 * category), the author's subscription and the posts' search outbox rows. Posts are an hour apart
 * by default, ending now.
 */
export async function createForumTopic(db: Db, input: ForumTopicInput) {
  const { htmlToRichText, renderRichText } = await renderer();
  const posts = input.posts ?? [{ authorId: input.authorId ?? null, html: "<p>Opening post.</p>" }];
  if (posts.length === 0) throw new Error("createForumTopic: a topic has at least its opening post");
  const start = Date.now() - (posts.length - 1) * 3_600_000;
  const times = posts.map((p, n) => p.createdAt ?? new Date(start + n * 3_600_000));
  const lastAt = times[times.length - 1];
  const authorId = posts[0].authorId;
  const topic = await db.forumTopic.create({
    data: {
      categoryId: input.categoryId,
      title: input.title ?? `Topic ${unique()}`,
      tags: input.tags ?? [],
      authorId,
      postCount: posts.length,
      replyCount: posts.length - 1,
      lastPostAt: lastAt,
      lastPosterId: posts[posts.length - 1].authorId,
      pinnedAt: input.pinned ? lastAt : null,
      lockedAt: input.locked ? lastAt : null,
      createdAt: times[0],
    },
    select: { id: true },
  });
  const postIds: string[] = [];
  for (const [n, post] of posts.entries()) {
    const rendered = renderRichText(htmlToRichText(post.html ?? `<p>Post ${n + 1}.</p>`));
    const created = await db.forumPost.create({
      data: {
        topicId: topic.id,
        number: n + 1,
        authorId: post.authorId,
        locale: post.locale ?? "en",
        contentJson: rendered.json as Prisma.InputJsonValue,
        contentHtml: rendered.html,
        text: rendered.text,
        createdAt: times[n],
      },
      select: { id: true },
    });
    postIds.push(created.id);
  }
  if (input.solvedBy) await db.forumTopic.update({ where: { id: topic.id }, data: { solvedPostId: postIds[input.solvedBy - 1] } });
  if (authorId) await db.forumSubscription.create({ data: { userId: authorId, topicId: topic.id } });
  await db.$executeRaw`
    UPDATE "ForumCategory" SET "topicCount" = "topicCount" + 1, "postCount" = "postCount" + ${posts.length},
      "lastPostAt" = GREATEST(COALESCE("lastPostAt", ${lastAt}), ${lastAt})
    WHERE id = ${input.categoryId}`;
  await enqueueSearchUpdates(db, FORUM_SEARCH_TYPE, postIds);
  return { id: topic.id, postIds };
}

/**
 * A line of the audit log, as a service writes it (`audit(entry, tx)`): a typed action, its actor
 * (null: the system or someone who has left), its target and its details.
 */
export async function createAuditEntry(
  db: Db,
  input: {
    action: AuditAction;
    actorId?: string | null;
    targetType: string;
    targetId: string;
    data?: Prisma.InputJsonValue;
    createdAt?: Date;
  },
) {
  return db.auditLog.create({
    data: {
      action: input.action,
      actorId: input.actorId ?? null,
      targetType: input.targetType,
      targetId: input.targetId,
      ...(input.data === undefined ? {} : { data: input.data }),
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    },
    select: { id: true },
  });
}

/** A member's report on a post (open unless a status is given). */
export async function createForumFlag(
  db: Db,
  input: { postId: string; reporterId: string; reason?: FlagReason; note?: string; status?: FlagStatus; resolvedById?: string },
) {
  const resolved = input.status && input.status !== "OPEN";
  return db.forumFlag.create({
    data: {
      postId: input.postId,
      reporterId: input.reporterId,
      reason: input.reason ?? "SPAM",
      note: input.note ?? "",
      status: input.status ?? "OPEN",
      ...(resolved ? { resolvedAt: new Date(), resolvedById: input.resolvedById ?? null } : {}),
    },
    select: { id: true },
  });
}

/** A member's reaction to a post, as the reaction toggle writes it. */
export async function createForumReaction(db: Db, input: { postId: string; userId: string; kind?: ReactionKind }) {
  const kind = input.kind ?? "like";
  await db.forumReaction.create({ data: { postId: input.postId, userId: input.userId, kind } });
  return { postId: input.postId, userId: input.userId, kind };
}

/**
 * An edit of a post, as the forum service records it: the text before the edit becomes a revision
 * by the editor (the author, or a moderator), and the post gets the new text.
 */
export async function editForumPost(db: Db, input: { postId: string; editorId: string | null; html?: string }) {
  const { htmlToRichText, renderRichText } = await renderer();
  const post = await db.forumPost.findUniqueOrThrow({ where: { id: input.postId }, select: { contentHtml: true, text: true } });
  const revision = await db.forumPostRevision.create({
    data: { postId: input.postId, contentHtml: post.contentHtml, text: post.text, editorId: input.editorId },
    select: { id: true, createdAt: true },
  });
  const rendered = renderRichText(htmlToRichText(input.html ?? `<p>Edited ${unique()}.</p>`));
  await db.forumPost.update({
    where: { id: input.postId },
    data: {
      contentJson: rendered.json as Prisma.InputJsonValue,
      contentHtml: rendered.html,
      text: rendered.text,
      editedAt: new Date(),
      editCount: { increment: 1 },
    },
  });
  return revision;
}

/** How far a member has read a topic (the read marker): posts after `lastNumber` are unread. */
export async function markForumTopicRead(db: Db, input: { userId: string; topicId: string; lastNumber: number }) {
  const { userId, topicId, lastNumber } = input;
  await db.forumTopicRead.upsert({
    where: { userId_topicId: { userId, topicId } },
    create: { userId, topicId, lastNumber },
    update: { lastNumber },
  });
  return { userId, topicId, lastNumber };
}

/** A notification for a member (unread unless `read`). */
export async function createNotification(
  db: Db,
  input: {
    userId: string;
    kind?: NotificationKind;
    actorId?: string | null;
    topicId?: string | null;
    postId?: string | null;
    data?: Prisma.InputJsonValue;
    read?: boolean;
    createdAt?: Date;
  },
) {
  return db.notification.create({
    data: {
      userId: input.userId,
      kind: input.kind ?? "REPLY",
      actorId: input.actorId ?? null,
      topicId: input.topicId ?? null,
      postId: input.postId ?? null,
      ...(input.data === undefined ? {} : { data: input.data }),
      readAt: input.read ? new Date() : null,
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    },
    select: { id: true },
  });
}

// ─── initiatives map ─────────────────────────────────────────────────────────────────────────

export type InitiativeFactoryInput = {
  slug?: string;
  name?: string;
  type?: InitiativeType;
  status?: InitiativeStatus;
  organisationSlug?: string | null;
  hostName?: string;
  country?: string;
  city?: string;
  cityId?: number | null;
  address?: string;
  lat?: number;
  lng?: number;
  sensitive?: boolean;
  languages?: string[];
  targetGroups?: string[];
  schedule?: string;
  contact?: string;
  website?: string;
  description?: string;
  lang?: string;
  lastVerifiedAt?: Date;
  suggestedById?: string | null;
  isExample?: boolean;
  /** Queue the search index update, as the service does (default true). */
  index?: boolean;
};

/**
 * Creates an initiative — or, for an existing slug, updates it (idempotent, for the seed) — with
 * its public place computed as the service computes it.
 */
export async function createInitiative(db: Db, input: InitiativeFactoryInput = {}) {
  const organisation = input.organisationSlug
    ? await db.organisation.findUniqueOrThrow({ where: { slug: input.organisationSlug }, select: { id: true } })
    : null;
  const lat = input.lat ?? 56.9496;
  const lng = input.lng ?? 24.1052;
  const address = input.address ?? "Tērbatas iela 75";
  const sensitive = input.sensitive ?? false;
  const status = input.status ?? "PUBLISHED";
  const slug = input.slug ?? `initiative-${unique()}`;
  const data = {
    name: input.name ?? `Language café ${unique()}`,
    type: input.type ?? "LANGUAGE_CAFE",
    status,
    organisationId: organisation?.id ?? null,
    hostName: organisation ? "" : (input.hostName ?? "Neighbourhood library"),
    country: input.country ?? "LV",
    city: input.city ?? "Riga",
    cityId: input.cityId ?? null,
    address,
    lat,
    lng,
    sensitive,
    ...publicPlace({ lat, lng, address, sensitive }),
    languages: input.languages ?? ["lv", "en"],
    targetGroups: input.targetGroups ?? ["ADULTS"],
    schedule: input.schedule ?? "",
    contact: input.contact ?? "",
    website: input.website ?? "",
    description: input.description ?? "",
    lang: input.lang ?? "en",
    lastVerifiedAt: input.lastVerifiedAt ?? new Date(),
    suggestedById: input.suggestedById ?? null,
    isExample: input.isExample ?? false,
    publishedAt: status === "PUBLISHED" ? new Date() : null,
  };
  const row = await db.initiative.upsert({ where: { slug }, create: { slug, ...data }, update: data, select: { id: true, slug: true } });
  if (input.index ?? true) await enqueueSearchUpdate(db, INITIATIVE_SEARCH_TYPE, row.id);
  return row;
}
// Training (courses, enrolments, attempts, certificates): in their own file, re-exported here.
export * from "./training-factories";

// ─── good practice (case studies) ───────────────────────────────────────────────────────────
// Written the way lib/practices/service.ts writes them: the working copy, the published copy
// when published, a revision, the search outbox row. Stories given as paragraphs become the
// editor's JSON and escaped HTML here (no renderer: Playwright loads this file); the seed passes
// documents it rendered itself.

export type StoryContent = { json: unknown; html: string; text: string };

export type PracticeTexts = {
  title: string;
  summary?: string;
  /** Plain paragraphs, or a document rendered by lib/rich-text (the seed). */
  story?: string[] | StoryContent;
  resources?: string[];
  steps?: string[];
  results?: string;
  lessons?: string;
};

export type PracticeInput = PracticeTexts & {
  organisationSlug: string;
  slug?: string;
  sourceLocale?: string;
  status?: PracticeStatus;
  /** Published copy present (default: status PUBLISHED, or ARCHIVED). */
  published?: boolean;
  isExample?: boolean;
  createdById?: string | null;
  country?: string;
  city?: string;
  libraryName?: string;
  themes?: string[];
  targetGroups?: string[];
  languagesUsed?: string[];
  /** "2024-03" */
  periodStart?: string | null;
  periodEnd?: string | null;
  partnersInvolved?: string;
  contactName?: string;
  contactEmail?: string;
  /** Other languages, published with the source when it is. */
  translations?: Record<string, PracticeTexts>;
  publishedAt?: Date;
};

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function paragraphsToStory(paragraphs: string[]): StoryContent {
  const list = paragraphs.length > 0 ? paragraphs : [""];
  return {
    json: {
      type: "doc",
      content: list.map((p) => (p ? { type: "paragraph", content: [{ type: "text", text: p }] } : { type: "paragraph" })),
    },
    html: list.map((p) => `<p>${escapeText(p)}</p>`).join(""),
    text: list.join("\n"),
  };
}

function storyOf(story: PracticeTexts["story"]): StoryContent {
  if (!story) return paragraphsToStory([]);
  return Array.isArray(story) ? paragraphsToStory(story) : story;
}

const month = (m: string | null | undefined) => (m ? new Date(`${m}-01T00:00:00Z`) : null);

function translationData(texts: PracticeTexts, published: boolean, now: Date, sourceVersion: number | null) {
  const story = storyOf(texts.story);
  const resources = (texts.resources ?? []).join("\n");
  const steps = (texts.steps ?? []).join("\n");
  const working = {
    title: texts.title,
    summary: texts.summary ?? "",
    storyJson: story.json as Prisma.InputJsonValue,
    storyHtml: story.html,
    resources,
    steps,
    results: texts.results ?? "",
    lessons: texts.lessons ?? "",
    version: 1,
    sourceVersion,
  };
  return {
    ...working,
    ...(published
      ? {
          publishedTitle: working.title,
          publishedSummary: working.summary,
          publishedStoryHtml: story.html,
          publishedStoryText: story.text,
          publishedResources: resources,
          publishedSteps: steps,
          publishedResults: working.results,
          publishedLessons: working.lessons,
          publishedVersion: 1,
          publishedAt: now,
        }
      : {}),
  };
}

/** Creates a case study (published when its status says so) with its translations. */
export async function createPractice(db: Db, input: PracticeInput) {
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { slug: input.organisationSlug },
    select: { id: true, country: true },
  });
  const status = input.status ?? "PUBLISHED";
  const published = input.published ?? (status === "PUBLISHED" || status === "ARCHIVED");
  const now = input.publishedAt ?? new Date();
  const sourceLocale = input.sourceLocale ?? "en";
  const facts = {
    country: input.country ?? organisation.country,
    city: input.city ?? "",
    libraryName: input.libraryName ?? "",
    themes: input.themes ?? [],
    targetGroups: input.targetGroups ?? [],
    languagesUsed: input.languagesUsed ?? [],
    periodStart: month(input.periodStart),
    periodEnd: month(input.periodEnd),
    partnersInvolved: input.partnersInvolved ?? "",
    contactName: input.contactName ?? "",
    contactEmail: input.contactEmail ?? "",
  };
  const practice = await db.practice.create({
    data: {
      slug: input.slug ?? `practice-${unique()}`,
      organisationId: organisation.id,
      status,
      sourceLocale,
      isExample: input.isExample ?? false,
      createdById: input.createdById ?? null,
      statusChangedById: input.createdById ?? null,
      ...facts,
      ...(published
        ? {
            firstPublishedAt: now,
            publishedAt: now,
            publishedCountry: facts.country,
            publishedCity: facts.city,
            publishedLibraryName: facts.libraryName,
            publishedThemes: facts.themes,
            publishedTargetGroups: facts.targetGroups,
            publishedLanguagesUsed: facts.languagesUsed,
            publishedPeriodStart: facts.periodStart,
            publishedPeriodEnd: facts.periodEnd,
            publishedPartners: facts.partnersInvolved,
            publishedContactName: facts.contactName,
            publishedContactEmail: facts.contactEmail,
          }
        : {}),
    },
    select: { id: true, slug: true },
  });
  const languages: [string, PracticeTexts][] = [[sourceLocale, input], ...Object.entries(input.translations ?? {})];
  for (const [locale, texts] of languages) {
    const data = translationData(texts, published, now, locale === sourceLocale ? null : 1);
    await db.practiceTranslation.create({ data: { ...data, practiceId: practice.id, locale, updatedById: input.createdById ?? null } });
    await db.practiceRevision.create({
      data: {
        practiceId: practice.id,
        locale,
        version: 1,
        kind: published ? "publish" : "save",
        authorId: input.createdById ?? null,
        snapshot: {
          title: data.title,
          summary: data.summary,
          story: data.storyJson,
          resources: data.resources,
          steps: data.steps,
        } as Prisma.InputJsonValue,
      },
    });
  }
  if (published) await enqueueSearchUpdate(db, PRACTICE_SEARCH_TYPE, practice.id);
  return practice;
}

export type AdoptionInput = {
  practiceId: string;
  adopterId: string | null;
  organisationSlug?: string | null;
  libraryName: string;
  country: string;
  city?: string;
  status?: AdoptionStatus;
  whatChanged?: string;
  outcomeStory?: string;
  notes?: string;
  /** Checked-off items, by position in the checklist. */
  done?: number;
};

/** A reviewer's comment on a submission (on one field, or on the whole when `field` is left out; open unless `resolved`). */
export async function createReviewComment(
  db: Db,
  input: {
    practiceId: string;
    authorId: string | null;
    body?: string;
    field?: ReviewField | null;
    locale?: string | null;
    resolved?: boolean;
  },
) {
  return db.reviewComment.create({
    data: {
      practiceId: input.practiceId,
      authorId: input.authorId,
      body: input.body ?? "Please say how many people came.",
      field: input.field ?? null,
      locale: input.locale ?? null,
      resolvedAt: input.resolved ? new Date() : null,
    },
    select: { id: true },
  });
}

/** An adoption with the checklist the app would build from the practice's published copy. */
export async function createAdoption(db: Db, input: AdoptionInput) {
  const practice = await db.practice.findUniqueOrThrow({
    where: { id: input.practiceId },
    select: { sourceLocale: true, translations: { select: { locale: true, publishedResources: true, publishedSteps: true } } },
  });
  const t = practice.translations.find((x) => x.locale === practice.sourceLocale);
  const checklist = buildChecklist(t?.publishedResources, t?.publishedSteps).map((item, i) => ({ ...item, done: i < (input.done ?? 0) }));
  const organisation = input.organisationSlug
    ? await db.organisation.findUniqueOrThrow({ where: { slug: input.organisationSlug }, select: { id: true } })
    : null;
  const status = input.status ?? "PLANNED";
  return db.adoption.create({
    data: {
      practiceId: input.practiceId,
      adopterId: input.adopterId,
      organisationId: organisation?.id ?? null,
      libraryName: input.libraryName,
      country: input.country,
      city: input.city ?? "",
      checklist: checklist as unknown as Prisma.InputJsonValue,
      notes: input.notes ?? "",
      status,
      whatChanged: input.whatChanged ?? "",
      outcomeStory: input.outcomeStory ?? "",
      completedAt: status === "PLANNED" ? null : new Date(),
    },
    select: { id: true },
  });
}
