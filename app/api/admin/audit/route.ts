import { auditCsvRows } from "@/lib/admin/queries";
import { toCsvLine } from "@/lib/csv";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/** The audit log as CSV, streamed; admins only. */
export const GET = route({ permission: "audit.view" }, () => {
  const encoder = new TextEncoder();
  const stream = new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode(toCsvLine(["time", "action", "actor_id", "target_type", "target_id", "data"])));
      for await (const row of auditCsvRows()) controller.enqueue(encoder.encode(toCsvLine(row)));
      controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
