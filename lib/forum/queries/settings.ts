import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The forum's settings (one row; defaults until an administrator saves them). The service reads
// them inside its transactions, the settings page to fill its form.

export type ForumSettingsValues = { autoHideFlags: number; newAccountHours: number; newAccountPosts: number; newAccountLinks: number };

export const DEFAULT_FORUM_SETTINGS: ForumSettingsValues = {
  autoHideFlags: 3,
  newAccountHours: 24,
  newAccountPosts: 3,
  newAccountLinks: 2,
};

export async function forumSettings(client: Prisma.TransactionClient | typeof db = db): Promise<ForumSettingsValues> {
  const row = await client.forumSettings.findUnique({
    where: { id: 1 },
    select: { autoHideFlags: true, newAccountHours: true, newAccountPosts: true, newAccountLinks: true },
  });
  return row ?? DEFAULT_FORUM_SETTINGS;
}
