// Types of policy.mjs (plain JavaScript: scripts/server.mjs runs it without a TypeScript loader).
export function otherDirectives(options?: { connect?: readonly string[] }): string[];
export const HASHED_CSP_HEADER: string;
export function buildHashedPageCsp(hashes: readonly string[], options?: { connect?: readonly string[] }): string;
export function withScriptHashes(policy: string, hashes: readonly string[]): string;
export const NEXT_INLINE_SCRIPTS: { name: string; attributes: RegExp; body: RegExp }[];
export function sha256Base64(text: string): string;
export function inlineScripts(html: string): { hashes: string[]; unknown: number };
export function inlineScriptHashes(html: string): string[];
export function hashedPageCsp(html: string, onUnknown?: (count: number) => void, base?: string): string;
export class CspMemo {
  constructor(max?: number);
  get(etag: string): string | undefined;
  set(etag: string, csp: string): void;
}
