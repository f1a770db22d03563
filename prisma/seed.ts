import "dotenv/config";
import { createScriptClient } from "./client";
import { createMembershipRequest, createUser, type OrganisationInput, upsertOrganisation } from "./factories";

// Idempotent: run it as often as you like. Loads the partnership's organisations and,
// unless SEED_DEMO_ACCOUNTS=0, one demo account per role (listed in the README).

export const PARTNER_ORGANISATIONS: OrganisationInput[] = [
  {
    slug: "bibliotheques-sans-frontieres",
    name: "Bibliothèques Sans Frontières",
    type: "NGO",
    country: "FR",
    city: "Montreuil",
    website: "https://www.bibliosansfrontieres.org",
    description:
      "NGO that strengthens access to information, education and culture for vulnerable people, including newcomers, through libraries.",
    isPartner: true,
  },
  {
    slug: "bsf-italia",
    name: "BSF Italia",
    type: "NGO",
    country: "IT",
    city: null,
    website: null,
    description: "The Italian branch of Bibliothèques Sans Frontières.",
    isPartner: true,
  },
  {
    slug: "anvita",
    name: "ANVITA",
    type: "NETWORK",
    country: "FR",
    city: null,
    website: "https://www.anvita.fr",
    description: "Association nationale des villes et territoires accueillants: the French network of welcoming cities and territories.",
    isPartner: true,
  },
  {
    slug: "kisc",
    name: "KISC",
    type: "OTHER",
    country: "LV",
    city: "Rīga",
    website: null,
    description: "Partner of the Library Bridges project in Latvia.",
    isPartner: true,
  },
  {
    slug: "eblida",
    name: "EBLIDA",
    type: "NETWORK",
    country: "NL",
    city: "The Hague",
    website: "https://www.eblida.org",
    description: "European Bureau of Library, Information and Documentation Associations.",
    isPartner: true,
  },
  {
    slug: "frsi",
    name: "FRSI",
    type: "NGO",
    country: "PL",
    city: "Warszawa",
    website: "https://frsi.org.pl",
    description:
      "Fundacja Rozwoju Społeczeństwa Informacyjnego (Information Society Development Foundation), supporting Polish public libraries.",
    isPartner: true,
  },
  {
    slug: "comunitatile-viitorului",
    name: "Asociația Comunitățile Viitorului",
    type: "NGO",
    country: "RO",
    city: null,
    website: null,
    description: "Romanian association working with libraries and local communities.",
    isPartner: true,
  },
  {
    slug: "sigulda-library",
    name: "Siguldas novada bibliotēka",
    type: "LIBRARY",
    country: "LV",
    city: "Sigulda",
    website: null,
    description: "Sigulda regional library.",
    isPartner: true,
  },
  {
    slug: "sigulda-social-service",
    name: "Siguldas novada Sociālais dienests",
    type: "SOCIAL_SERVICE",
    country: "LV",
    city: "Sigulda",
    website: null,
    description: "Sigulda municipality's social service, working with the library to welcome newcomers.",
    isPartner: true,
  },
  {
    slug: "siltumnica",
    name: "r.a. “Siltumnīca”",
    type: "NGO",
    country: "LV",
    city: "Sigulda",
    website: null,
    description: "Creative association in Sigulda running community activities with the library.",
    isPartner: true,
  },
];

export const DEMO_PASSWORD = "Library-Bridges-2026";

export const DEMO_ACCOUNTS = [
  { email: "admin@demo.e-panema.eu", name: "Ilze Admin", role: "ADMIN", country: "LV", locale: "en", organisationSlug: "kisc" },
  {
    email: "coordinator@demo.e-panema.eu",
    name: "Claire Coordinator",
    role: "COORDINATOR",
    country: "FR",
    locale: "fr",
    organisationSlug: "bibliotheques-sans-frontieres",
  },
  {
    email: "partner@demo.e-panema.eu",
    name: "Pēteris Partner",
    role: "PARTNER",
    country: "LV",
    locale: "lv",
    organisationSlug: "sigulda-library",
  },
  { email: "librarian@demo.e-panema.eu", name: "Lucia Librarian", role: "LIBRARIAN", country: "IT", locale: "it" },
] as const;

async function main() {
  const db = createScriptClient();
  const started = Date.now();
  try {
    for (const [i, org] of PARTNER_ORGANISATIONS.entries()) {
      await upsertOrganisation(db, org);
      process.stdout.write(`\rOrganisations: ${i + 1}/${PARTNER_ORGANISATIONS.length}`);
    }
    process.stdout.write("\n");
    if (process.env.SEED_DEMO_ACCOUNTS !== "0") {
      for (const account of DEMO_ACCOUNTS) {
        await createUser(db, { ...account, password: DEMO_PASSWORD });
      }
      // The demo librarian has asked to join BSF Italia, so the review queue has an example.
      const librarian = await db.user.findUniqueOrThrow({
        where: { email: "librarian@demo.e-panema.eu" },
        select: { id: true, organisationId: true },
      });
      const bsfItalia = await db.organisation.findUniqueOrThrow({ where: { slug: "bsf-italia" }, select: { id: true } });
      const hasRequest = await db.membershipRequest.count({ where: { userId: librarian.id } });
      if (!hasRequest && !librarian.organisationId) {
        await createMembershipRequest(db, { userId: librarian.id, organisationId: bsfItalia.id });
      }
      console.log(`Demo accounts: ${DEMO_ACCOUNTS.length} (password "${DEMO_PASSWORD}")`);
    }
    // Imported here, not at the top: the tests import this file for DEMO_ACCOUNTS, and the
    // knowledge seed needs the server-only rich-text renderer (react-server condition).
    const { seedKnowledge } = await import("./seed-knowledge");
    const created = await seedKnowledge(db, process.env.SEED_DEMO_ACCOUNTS !== "0" ? "coordinator@demo.e-panema.eu" : null);
    console.log(`Knowledge pages created: ${created}`);
    const { seedForum } = await import("./seed-forum");
    const forum = await seedForum(db, process.env.SEED_DEMO_ACCOUNTS !== "0");
    console.log(`Forum categories created: ${forum.categories}, demo topics: ${forum.topics}`);
    if (process.env.SEED_DEMO_ACCOUNTS !== "0") {
      const { seedInitiatives } = await import("./seed-initiatives");
      const initiatives = await seedInitiatives(db);
      console.log(`Example initiatives created: ${initiatives.created} (of ${initiatives.total})`);
    }
    const { seedTraining } = await import("./seed-training");
    const demoAccounts = process.env.SEED_DEMO_ACCOUNTS !== "0";
    const courses = await seedTraining(db, {
      authorEmail: demoAccounts ? "coordinator@demo.e-panema.eu" : null,
      learnerEmail: demoAccounts ? "librarian@demo.e-panema.eu" : null,
    });
    console.log(`Courses created: ${courses}`);
    const { seedPractices } = await import("./seed-practices");
    console.log(`Case studies created: ${await seedPractices(db, process.env.SEED_DEMO_ACCOUNTS !== "0")}`);
    console.log(`Seed done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error("Seeding failed:", error instanceof Error ? error.message : error);
    console.error("Check that the database is running and migrated (`npm run db:migrate`), then run `npm run db:seed` again.");
    process.exit(1);
  });
}
