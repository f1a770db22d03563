// Types of member-proof.mjs.
export const LIVE_SESSION_SQL: string;
export function sessionTokenFrom(header: string, name: string): string | null;
export function createMemberProof(options?: {
  secret?: string;
  secure?: boolean;
  lookup?: (sid: string) => Promise<boolean>;
  databaseUrl?: string;
}): (cookieHeader: string | undefined) => Promise<boolean>;
export function memberProof(): (cookieHeader: string | undefined) => Promise<boolean>;
