import type { ScriptClient } from "./client";
import { createForumCategory, createForumTopic } from "./factories";
import { SEED_TRANSACTION } from "./seed-knowledge";
import { FORUM_CATEGORIES } from "./seed-content/forum";

// Loaded by prisma/seed.ts under `tsx --conditions=react-server`. Categories are created once and
// left alone afterwards (coordinators may rename them); demo topics only with the demo accounts.

type DemoPost = { by: string; html: string; locale?: string };
type DemoTopic = { category: string; title: string; tags: string[]; posts: DemoPost[]; pinned?: boolean; solvedBy?: number };

const LIB = "librarian@demo.e-panema.eu";
const PARTNER = "partner@demo.e-panema.eu";
const COORD = "coordinator@demo.e-panema.eu";

const DEMO_TOPICS: DemoTopic[] = [
  {
    category: "welcoming-newcomers",
    title: "How do you issue library cards to people without a permanent address?",
    tags: ["library-card", "registration"],
    solvedBy: 3,
    posts: [
      {
        by: LIB,
        html: "<p>Several families staying in the reception centre asked for library cards this week. Our rules ask for proof of address, which they do not have yet. How do other libraries handle this?</p>",
      },
      {
        by: PARTNER,
        html: "<p>We accept the reception centre's letter as proof of address, and issue a card limited to three loans for the first two months. It has worked well for us.</p>",
      },
      {
        by: COORD,
        html: "<p>The methodology recommends a <strong>“card without conditions”</strong>: a name and a way to reach the person are enough. See the guide “Welcoming at the desk” in the knowledge hub. Whatever you choose, never keep copies of residence documents.</p><ul><li>Ask only what you need to lend books.</li><li>Explain in plain language what happens to the data.</li></ul>",
      },
    ],
  },
  {
    category: "language-learning",
    title: "Conversation café for absolute beginners: what works?",
    tags: ["conversation-cafe", "volunteers"],
    posts: [
      {
        by: PARTNER,
        html: "<p>We are starting a weekly conversation café for people who have just arrived. Most participants speak almost no Italian yet. Any tips for the first sessions?</p>",
      },
      {
        by: LIB,
        html: "<p>Picture cards and a shared snack helped us a lot. Keep groups to four or five people with one volunteer each, and start with names, numbers and the library itself.</p>",
      },
    ],
  },
  {
    category: "digital-inclusion",
    title: "Helping with online appointments for residence permits",
    tags: ["e-government", "privacy"],
    pinned: true,
    posts: [
      {
        by: COORD,
        html: "<p>Many of you help visitors book appointments online. A reminder: let the person type their own passwords and personal numbers, use a guest session in the browser and log out at the end. Never save their documents on library computers.</p>",
      },
    ],
  },
  {
    category: "partners-room",
    title: "Safeguarding: someone shared their asylum story in a group activity",
    tags: ["safeguarding"],
    posts: [
      {
        by: COORD,
        html: "<p>This is a members-only space for difficult situations. If a participant shares personal details in a group, thank them, do not record anything, and remind the group gently that what is said in the room stays there. Refer to a partner NGO if the person asks for help with their case.</p>",
      },
    ],
  },
  {
    category: "italy",
    title: "Biblioteche e CPIA: collaborazioni per i corsi di italiano",
    tags: ["italiano", "cpia"],
    posts: [
      {
        by: PARTNER,
        locale: "it",
        html: "<p>Qualcuno ha già un accordo con il CPIA della propria città per ospitare corsi di italiano in biblioteca? Cerchiamo esempi di convenzione.</p>",
      },
    ],
  },
];

export async function seedForum(db: ScriptClient, withDemo: boolean): Promise<{ categories: number; topics: number }> {
  let categories = 0;
  for (const [position, seed] of FORUM_CATEGORIES.entries()) {
    process.stdout.write(`\rForum categories: ${position + 1}/${FORUM_CATEGORIES.length}`);
    const exists = await db.forumCategory.findUnique({ where: { slug: seed.slug }, select: { id: true } });
    if (exists) continue;
    await createForumCategory(db, {
      slug: seed.slug,
      kind: seed.kind,
      visibility: seed.visibility,
      position,
      country: seed.country ?? null,
      name: seed.name,
      description: seed.description,
    });
    categories++;
  }
  process.stdout.write("\n");
  await db.forumSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  if (!withDemo || (await db.forumTopic.count()) > 0) return { categories, topics: 0 };

  const users = new Map(
    (await db.user.findMany({ where: { email: { in: [LIB, PARTNER, COORD] } }, select: { id: true, email: true } })).map((u) => [
      u.email,
      u.id,
    ]),
  );
  let topics = 0;
  const start = Date.now() - DEMO_TOPICS.length * 2 * 86_400_000;
  for (const [i, demo] of DEMO_TOPICS.entries()) {
    process.stdout.write(`\rForum demo topics: ${i + 1}/${DEMO_TOPICS.length}`);
    const category = await db.forumCategory.findUniqueOrThrow({ where: { slug: demo.category }, select: { id: true } });
    await db.$transaction(
      (tx) =>
        createForumTopic(tx, {
          categoryId: category.id,
          title: demo.title,
          tags: demo.tags,
          pinned: demo.pinned,
          solvedBy: demo.solvedBy,
          posts: demo.posts.map((post, n) => ({
            authorId: users.get(post.by) ?? null,
            html: post.html,
            locale: post.locale,
            createdAt: new Date(start + i * 2 * 86_400_000 + n * 3 * 3_600_000),
          })),
        }),
      SEED_TRANSACTION,
    );
    topics++;
  }
  process.stdout.write("\n");
  return { categories, topics };
}
