-- CreateEnum
CREATE TYPE "InitiativeType" AS ENUM ('LANGUAGE_CAFE', 'HOMEWORK_CLUB', 'LEGAL_HELP', 'DIGITAL_SKILLS', 'JOB_CLUB', 'WELCOME_TOUR', 'LIBRARY_CARD_DRIVE', 'LANGUAGE_COURSE', 'READING_GROUP', 'HEALTH_INFORMATION', 'OTHER');

-- CreateEnum
CREATE TYPE "InitiativeStatus" AS ENUM ('SUGGESTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'INITIATIVE_APPROVED';
ALTER TYPE "NotificationKind" ADD VALUE 'INITIATIVE_REJECTED';
ALTER TYPE "NotificationKind" ADD VALUE 'INITIATIVE_OVERDUE';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "initiativeId" TEXT;

-- CreateTable
CREATE TABLE "Initiative" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "InitiativeType" NOT NULL,
    "status" "InitiativeStatus" NOT NULL DEFAULT 'SUGGESTED',
    "organisationId" TEXT,
    "hostName" TEXT NOT NULL DEFAULT '',
    "country" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "cityId" INTEGER,
    "address" TEXT NOT NULL DEFAULT '',
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "publicLat" DOUBLE PRECISION NOT NULL,
    "publicLng" DOUBLE PRECISION NOT NULL,
    "publicAddress" TEXT NOT NULL DEFAULT '',
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "targetGroups" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "schedule" TEXT NOT NULL DEFAULT '',
    "contact" TEXT NOT NULL DEFAULT '',
    "website" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "lang" TEXT NOT NULL DEFAULT 'en',
    "lastVerifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "overdueNotifiedAt" TIMESTAMP(3),
    "suggestedById" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "rejectionReason" TEXT NOT NULL DEFAULT '',
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_slug_key" ON "Initiative"("slug");

-- CreateIndex
CREATE INDEX "Initiative_status_country_type_idx" ON "Initiative"("status", "country", "type");

-- CreateIndex
CREATE INDEX "Initiative_status_name_idx" ON "Initiative"("status", "name");

-- CreateIndex
CREATE INDEX "Initiative_status_lastVerifiedAt_idx" ON "Initiative"("status", "lastVerifiedAt");

-- CreateIndex
CREATE INDEX "Initiative_organisationId_status_idx" ON "Initiative"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Initiative_suggestedById_idx" ON "Initiative"("suggestedById");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_suggestedById_fkey" FOREIGN KEY ("suggestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
