-- CreateTable
CREATE TABLE "PageCacheTag" (
    "tag" TEXT NOT NULL,
    "revalidatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PageCacheTag_pkey" PRIMARY KEY ("tag")
);

-- CreateIndex
CREATE INDEX "PageCacheTag_revalidatedAt_idx" ON "PageCacheTag"("revalidatedAt");
