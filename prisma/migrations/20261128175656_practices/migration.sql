-- CreateEnum
CREATE TYPE "PracticeStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "AdoptionStatus" AS ENUM ('PLANNED', 'DONE', 'ADAPTED', 'DROPPED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'PRACTICE_CHANGES_REQUESTED';
ALTER TYPE "NotificationKind" ADD VALUE 'PRACTICE_PUBLISHED';
ALTER TYPE "NotificationKind" ADD VALUE 'PRACTICE_ADOPTED';
ALTER TYPE "NotificationKind" ADD VALUE 'PRACTICE_ADOPTION_OUTCOME';

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "practiceId" TEXT;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "practiceId" TEXT;

-- CreateTable
CREATE TABLE "Practice" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" "PracticeStatus" NOT NULL DEFAULT 'DRAFT',
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "statusChangedById" TEXT,
    "sourceLocale" TEXT NOT NULL DEFAULT 'en',
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "firstPublishedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "country" TEXT NOT NULL,
    "city" TEXT NOT NULL DEFAULT '',
    "libraryName" TEXT NOT NULL DEFAULT '',
    "themes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "targetGroups" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "languagesUsed" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "periodStart" DATE,
    "periodEnd" DATE,
    "partnersInvolved" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL DEFAULT '',
    "publishedCountry" TEXT,
    "publishedCity" TEXT,
    "publishedLibraryName" TEXT,
    "publishedThemes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "publishedTargetGroups" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "publishedLanguagesUsed" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "publishedPeriodStart" DATE,
    "publishedPeriodEnd" DATE,
    "publishedPartners" TEXT,
    "publishedContactName" TEXT,
    "publishedContactEmail" TEXT,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeTranslation" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "storyJson" JSONB NOT NULL,
    "storyHtml" TEXT NOT NULL,
    "resources" TEXT NOT NULL DEFAULT '',
    "steps" TEXT NOT NULL DEFAULT '',
    "results" TEXT NOT NULL DEFAULT '',
    "lessons" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "sourceVersion" INTEGER,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedTitle" TEXT,
    "publishedSummary" TEXT,
    "publishedStoryHtml" TEXT,
    "publishedStoryText" TEXT,
    "publishedResources" TEXT,
    "publishedSteps" TEXT,
    "publishedResults" TEXT,
    "publishedLessons" TEXT,
    "publishedVersion" INTEGER,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "PracticeTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeRevision" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT,
    "field" TEXT,
    "locale" TEXT,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Adoption" (
    "id" TEXT NOT NULL,
    "practiceId" TEXT NOT NULL,
    "adopterId" TEXT,
    "organisationId" TEXT,
    "libraryName" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "city" TEXT NOT NULL DEFAULT '',
    "checklist" JSONB NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "plannedFor" DATE,
    "status" "AdoptionStatus" NOT NULL DEFAULT 'PLANNED',
    "outcomeStory" TEXT NOT NULL DEFAULT '',
    "whatChanged" TEXT NOT NULL DEFAULT '',
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Adoption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Practice_slug_key" ON "Practice"("slug");

-- CreateIndex
CREATE INDEX "Practice_status_statusChangedAt_idx" ON "Practice"("status", "statusChangedAt");

-- CreateIndex
CREATE INDEX "Practice_organisationId_status_idx" ON "Practice"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Practice_firstPublishedAt_id_idx" ON "Practice"("firstPublishedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Practice_publishedCountry_idx" ON "Practice"("publishedCountry");

-- CreateIndex
CREATE INDEX "Practice_publishedThemes_idx" ON "Practice" USING GIN ("publishedThemes");

-- CreateIndex
CREATE INDEX "Practice_publishedTargetGroups_idx" ON "Practice" USING GIN ("publishedTargetGroups");

-- CreateIndex
CREATE INDEX "Practice_publishedLanguagesUsed_idx" ON "Practice" USING GIN ("publishedLanguagesUsed");

-- CreateIndex
CREATE INDEX "PracticeTranslation_locale_idx" ON "PracticeTranslation"("locale");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeTranslation_practiceId_locale_key" ON "PracticeTranslation"("practiceId", "locale");

-- CreateIndex
CREATE INDEX "PracticeRevision_practiceId_locale_createdAt_idx" ON "PracticeRevision"("practiceId", "locale", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewComment_practiceId_createdAt_idx" ON "ReviewComment"("practiceId", "createdAt");

-- CreateIndex
CREATE INDEX "Adoption_practiceId_status_idx" ON "Adoption"("practiceId", "status");

-- CreateIndex
CREATE INDEX "Adoption_organisationId_idx" ON "Adoption"("organisationId");

-- CreateIndex
CREATE INDEX "Adoption_adopterId_idx" ON "Adoption"("adopterId");

-- CreateIndex
CREATE UNIQUE INDEX "Adoption_practiceId_adopterId_key" ON "Adoption"("practiceId", "adopterId");

-- CreateIndex
CREATE INDEX "Attachment_practiceId_idx" ON "Attachment"("practiceId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_statusChangedById_fkey" FOREIGN KEY ("statusChangedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeTranslation" ADD CONSTRAINT "PracticeTranslation_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeTranslation" ADD CONSTRAINT "PracticeTranslation_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeRevision" ADD CONSTRAINT "PracticeRevision_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeRevision" ADD CONSTRAINT "PracticeRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adoption" ADD CONSTRAINT "Adoption_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adoption" ADD CONSTRAINT "Adoption_adopterId_fkey" FOREIGN KEY ("adopterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adoption" ADD CONSTRAINT "Adoption_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
