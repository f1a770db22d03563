// The one permission table. Pages, route handlers and server actions ask `can()` /
// `requirePermission()` (lib/auth/guard.ts); role names appear nowhere else. Each permission
// says what it allows (in the manner of dub's rbac table), so a reader — or an admin screen —
// can tell what a role may do without reading the code that checks it.
//
// Rules that depend on more than the role (the author of a post, a topic's lock, a suspension,
// a page's status) live in each feature's policy.ts, which asks this table for the role part.
// `:own` / `:any` pairs (epic-stack style) separate acting on one's own thing from acting on
// anyone's: the policy picks which one applies.
export const ROLES = ["LIBRARIAN", "PARTNER", "COORDINATOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

const MEMBERS = ROLES;
const PARTNERS = ["PARTNER", "COORDINATOR", "ADMIN"] as const;
const COORDINATORS = ["COORDINATOR", "ADMIN"] as const;
const ADMINS = ["ADMIN"] as const;

type Entry = { roles: readonly Role[]; description: string };

export const PERMISSIONS = {
  "account.manage": { roles: MEMBERS, description: "Edit one's own profile, sessions and password; export or delete one's account." },
  "admin.access": { roles: COORDINATORS, description: "Open the administration area (each screen in it asks for its own permission too)." },
  "reports.view": {
    roles: COORDINATORS,
    description: "See the dashboard's figures (members by role, open reports) and the training report with its CSV.",
  },
  "users.view": { roles: ADMINS, description: "List members and open a member's details." },
  "users.manage": { roles: ADMINS, description: "Change a member's role, suspend and reinstate accounts." },
  "organisations.manage": { roles: ADMINS, description: "Create and edit organisations." },
  "membership.review": { roles: ADMINS, description: "Approve or reject requests to join an organisation." },
  "audit.view": { roles: ADMINS, description: "Read and export the audit log." },
  "mail.catcher": {
    roles: ADMINS,
    description: "Read caught mail at /dev/mail while no SMTP server is configured (it holds password-reset links).",
  },
  "knowledge.edit": {
    roles: COORDINATORS,
    description: "Write and edit knowledge-hub pages and translations, see drafts and history, submit pages for review.",
  },
  "knowledge.publish": { roles: COORDINATORS, description: "Publish, archive and unarchive pages; restore an earlier revision." },
  "uploads.create": { roles: COORDINATORS, description: "Upload images and documents to embed in content." },
  "forum.readMembers": { roles: MEMBERS, description: "Read members-only forum categories." },
  "forum.post": { roles: MEMBERS, description: "Start topics, reply, react, flag posts and follow topics or categories." },
  "forum.editPost:own": { roles: MEMBERS, description: "Edit one's own posts (not while suspended, not in a locked topic)." },
  "forum.editPost:any": { roles: COORDINATORS, description: "Edit anyone's post, in any topic (audited)." },
  "forum.acceptAnswer:own": { roles: MEMBERS, description: "Mark the reply that solved a topic one started." },
  "forum.acceptAnswer:any": { roles: COORDINATORS, description: "Mark the solution of any topic (audited)." },
  "forum.moderate": {
    roles: COORDINATORS,
    description:
      "Review reported posts; hide and show posts; lock, pin and move topics; suspend members from the forum; read edit history.",
  },
  "forum.settings": { roles: ADMINS, description: "Change the forum's report threshold and the limits for new accounts." },

  // ── Initiatives map ──
  "initiatives.suggest": { roles: MEMBERS, description: "Suggest an initiative for the map (it waits for a coordinator's review)." },
  "initiatives.seeExact": {
    roles: MEMBERS,
    description: "See the exact place and street address of sensitive venues (visitors get an area of about 1 km).",
  },
  "initiatives.edit:own": {
    roles: PARTNERS,
    description: "Create, edit, verify, archive and restore one's own organisation's initiatives (published at once).",
  },
  "initiatives.edit:any": {
    roles: COORDINATORS,
    description: "Create, edit, verify, archive and restore any organisation's initiative (published at once).",
  },
  "initiatives.review": {
    roles: COORDINATORS,
    description: "Approve or reject suggested initiatives, edit or archive any initiative, see the ones not verified for a year.",
  },
  // ── Training ──
  "courses.learn": {
    roles: MEMBERS,
    description: "Read lessons, enrol in courses, mark lessons done, take quizzes, earn and download one's certificates.",
  },
  "courses.edit": {
    roles: COORDINATORS,
    description: "Write courses, modules, lessons and quizzes in every language; preview them as a learner; submit for review.",
  },
  "courses.publish": { roles: COORDINATORS, description: "Publish, archive and unarchive courses." },
  "certificates.manage": { roles: COORDINATORS, description: "Download anyone's certificate and revoke one with a reason (audited)." },

  // Good practice (case studies). Ownership — a partner writes only their own organisation's —
  // is in the query's where (lib/practices/policy.ts).
  "practices.write": {
    roles: PARTNERS,
    description: "Write case studies for one's own organisation, translate them, upload their files and submit them for review.",
  },
  "practices.review": {
    roles: COORDINATORS,
    description: "Work from the review queue: read every organisation's submissions, comment on them and request changes.",
  },
  "practices.publish": {
    roles: COORDINATORS,
    description: "Approve and publish a submitted case study; archive and bring back case studies.",
  },
  "practices.adopt": {
    roles: MEMBERS,
    description: "Adopt a published practice for one's library: checklist, notes, planned date and outcome.",
  },
} as const satisfies Record<string, Entry>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether this person (or a visitor, null) has the permission. Pure: usable anywhere on the server. */
export function can(user: { role: Role } | null | undefined, permission: Permission): boolean {
  return roleCan(user?.role, permission);
}

export function roleCan(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission].roles as readonly Role[]).includes(role);
}

/** What a role may do, with each permission's description (for documentation and admin screens). */
export function permissionsOf(role: Role): { permission: Permission; description: string }[] {
  return (Object.keys(PERMISSIONS) as Permission[])
    .filter((permission) => roleCan(role, permission))
    .map((permission) => ({ permission, description: PERMISSIONS[permission].description }));
}

/** Roles an admin may assign. PARTNER normally follows from a confirmed membership. */
export const ASSIGNABLE_ROLES: readonly Role[] = ROLES;
