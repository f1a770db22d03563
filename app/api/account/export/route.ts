import { exportMyData } from "@/lib/accounts/queries";
import { requirePermission } from "@/lib/auth/guard";
import { errorResponse } from "@/lib/result";

export const dynamic = "force-dynamic";

/** "Download my data": the signed-in person's own data, as JSON. */
export async function GET() {
  try {
    const user = await requirePermission("account.manage");
    const data = await exportMyData(user.id);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="e-panema-my-data-${new Date().toISOString().slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
