// The one permission table. Pages, route handlers and server actions ask `can()` /
// `requirePermission()` (lib/auth/guard.ts); role names appear nowhere else.
export const ROLES = ["LIBRARIAN", "PARTNER", "COORDINATOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

const MEMBERS = ROLES;
const PARTNERS = ["PARTNER", "COORDINATOR", "ADMIN"] as const;
const COORDINATORS = ["COORDINATOR", "ADMIN"] as const;
const ADMINS = ["ADMIN"] as const;

export const PERMISSIONS = {
  /** Own profile, sessions, data export. */
  "account.manage": MEMBERS,
  /** The /admin area (dashboard and the screens below that a role may see). */
  "admin.access": COORDINATORS,
  "reports.view": COORDINATORS,
  "users.view": ADMINS,
  "users.manage": ADMINS,
  "organisations.manage": ADMINS,
  "membership.review": ADMINS,
  "audit.view": ADMINS,
  /**
   * Read caught mail at /dev/mail while no SMTP server is configured: it holds password-reset
   * links, so it is an account-takeover tool in anyone else's hands.
   */
  "mail.catcher": ADMINS,
  /** Write and edit knowledge-hub pages, upload their images and attachments. */
  "knowledge.edit": COORDINATORS,
  /** Move pages through review, publish, archive, restore revisions. */
  "knowledge.publish": COORDINATORS,
  /** Upload files (images, documents) to be embedded in content. */
  "uploads.create": COORDINATORS,
  /** Read members-only forum categories. */
  "forum.readMembers": MEMBERS,
  /** Start topics, reply, react, flag, subscribe. */
  "forum.post": MEMBERS,
  /** Review queue, hide/unhide posts, lock/pin/move topics, suspend from the forum, edit history. */
  "forum.moderate": COORDINATORS,
  /** Flag thresholds and new-account limits. */
  "forum.settings": ADMINS,

  // ── Good practice (case studies); ownership rules in lib/practices/policy.ts ──
  /** Write case studies for one's own organisation, translate them, upload their files, submit them for review. */
  "practices.write": PARTNERS,
  /** The review queue: read every organisation's submissions, comment, request changes. */
  "practices.review": COORDINATORS,
  /** Approve and publish a submission; archive and restore case studies. */
  "practices.publish": COORDINATORS,
  /** Start adopting a published practice for one's library and record the outcome. */
  "practices.adopt": MEMBERS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether this person (or a visitor, null) has the permission. Pure: usable anywhere on the server. */
export function can(user: { role: Role } | null | undefined, permission: Permission): boolean {
  return roleCan(user?.role, permission);
}

export function roleCan(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Roles an admin may assign. PARTNER normally follows from a confirmed membership. */
export const ASSIGNABLE_ROLES: readonly Role[] = ROLES;
