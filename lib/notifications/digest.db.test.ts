import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createReply, createTopic } from "@/lib/forum/service";
import { createForumCategory, createUser } from "@/prisma/factories";
import { sendDailyDigests } from "./digest";

// Real PostgreSQL and the mail folder: the daily digest as a member receives it. The notice it
// carries is written the way members get one, by the forum's service.
const run = Date.now().toString(36);

type U = { id: string; role: "LIBRARIAN"; name: string };
let alice: U;
let bob: U;
let category: string;

async function makeUser(name: string): Promise<U> {
  // Older than the new-account limits, as in the forum's own tests.
  const u = await createUser(db, {
    email: `${name}-${run}@digest.test`,
    name: `${name} ${run}`,
    createdAt: new Date(Date.now() - 30 * 86_400_000),
  });
  return { id: u.id, role: "LIBRARIAN", name: u.name };
}

beforeAll(async () => {
  alice = await makeUser("alice");
  bob = await makeUser("bob");
  category = (await createForumCategory(db, { slug: `digest-${run}`, visibility: "PUBLIC" })).id;
  const topic = await createTopic(
    alice,
    {
      categoryId: category,
      title: "Mentions and quotes check",
      tags: [],
      content: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "First" }] }] },
    },
    "en",
  );
  await createReply(
    bob,
    {
      topicId: topic.topicId,
      replyToId: null,
      content: {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [
              { type: "mention", attrs: { id: alice.id, label: "x" } },
              { type: "text", text: " what do you think?" },
            ],
          },
        ],
      },
    },
    "en",
  );
});

describe("daily digest", () => {
  it("emails a daily digest of unread notifications to members who opted in, once a day", async () => {
    await db.user.update({ where: { id: alice.id }, data: { forumDigest: true, forumDigestSentAt: null } });
    const now = new Date();
    const sent = await sendDailyDigests(now);
    expect(sent).toBeGreaterThanOrEqual(1);
    const files = (await readdir(env.MAIL_DIR)).filter((f) => f.endsWith(".json"));
    const mails = await Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(env.MAIL_DIR, f), "utf8"))));
    const mine = mails.filter((m) => m.to === `alice-${run}@digest.test`);
    expect(mine).toHaveLength(1);
    expect(mine[0].text).toContain("Mentions and quotes check");
    expect(mine[0].text).toContain("/forum/p/");
    // Not twice on the same day.
    await sendDailyDigests(new Date(now.getTime() + 60_000));
    const again = (await readdir(env.MAIL_DIR)).filter((f) => f.endsWith(".json")).length;
    expect(again).toBe(files.length);
  });
});
