import { createHash, randomBytes } from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import { FORUM_SEARCH_TYPE } from "../lib/forum/search-type";
import type {
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
  Prisma,
  Role,
} from "../lib/generated/prisma/client";
import { publicPlace } from "../lib/initiatives/geo";
import { INITIATIVE_SEARCH_TYPE } from "../lib/initiatives/search-type";
import { SEARCH_TYPE as KNOWLEDGE_SEARCH_TYPE } from "../lib/knowledge/search-type";
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
