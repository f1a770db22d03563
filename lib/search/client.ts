import "server-only";
import { Meilisearch } from "meilisearch";
import { env } from "@/lib/env";

// The master key stays on the server: the browser only ever talks to our own routes.
let client: Meilisearch | null = null;

export function meili(): Meilisearch | null {
  if (!env.MEILI_HOST) return null;
  client ??= new Meilisearch({ host: env.MEILI_HOST, apiKey: env.MEILI_MASTER_KEY, timeout: 5000 });
  return client;
}

export const indexName = (name: string) => `${env.MEILI_INDEX_PREFIX}${name}`;
