-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "isFirst" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- Backfill: until now a person's first session was their oldest row (isFirstSession in
-- lib/accounts/queries.ts). Mark it, so the greeting stays right once old rows are deleted.
UPDATE "Session" s SET "isFirst" = true
WHERE s.id IN (SELECT DISTINCT ON ("userId") id FROM "Session" ORDER BY "userId", "createdAt", id);
