// Types for client-address.mjs (plain JavaScript: it runs in the server process as is).
export type TrustedProxies = { readonly list: import("node:net").BlockList; readonly empty: boolean };
export function parseTrustedProxies(value: string | undefined): TrustedProxies;
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string;
export function sanitiseForwardedHeaders(
  headers: Record<string, string | string[] | undefined>,
  socketAddress: string | undefined,
  trusted: TrustedProxies,
): void;
