import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** 200 when the database and search answer, 503 otherwise; for load balancers and monitoring. */
export async function GET() {
  const health = await checkHealth();
  const body = {
    status: health.ok ? "ok" : "degraded",
    database: { ok: health.database.ok, latencyMs: health.database.latencyMs },
    search: { ok: health.search.ok, latencyMs: health.search.latencyMs },
  };
  if (!health.ok) console.warn("[health] degraded:", { database: health.database.error, search: health.search.error });
  return Response.json(body, { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
