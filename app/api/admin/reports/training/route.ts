import { REPORT_CSV_HEADER, reportCsvRows, reportRange } from "@/lib/courses/reports";
import { reportQuerySchema } from "@/lib/courses/schemas";
import { toCsvLine } from "@/lib/csv";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/** The training report's enrolments as CSV, streamed from the database in batches; coordinators only. */
export const GET = route({ permission: "reports.view", query: reportQuerySchema }, async ({ query }) => {
  const range = await reportRange(query);
  const encoder = new TextEncoder();
  const rows = reportCsvRows(range);
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(toCsvLine(REPORT_CSV_HEADER)));
    },
    // Pulled as the client reads: a slow download holds one batch at a time, not the whole table.
    async pull(controller) {
      const next = await rows.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(toCsvLine(next.value)));
    },
  });
  const name = ["training-report", query.from, query.to, query.course].filter(Boolean).join("-");
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
