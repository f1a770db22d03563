import { exportMyData } from "@/lib/accounts/export";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/** "Download my data": the signed-in person's own data, as JSON. */
export const GET = route({ permission: "account.manage" }, async ({ user }) => {
  const data = await exportMyData(user.id);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="e-panema-my-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
