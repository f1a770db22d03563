import type { NextRequest } from "next/server";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { errorResponse } from "@/lib/result";

export const dynamic = "force-dynamic";

/** GET /api/forum/mentions?q=ann — members whose name starts with (or contains) q: names only, never emails. */
export async function GET(request: NextRequest) {
  try {
    await requirePermission("forum.post");
    const q = (request.nextUrl.searchParams.get("q") ?? "").trim().slice(0, 50);
    const users = await db.user.findMany({
      where: { emailVerifiedAt: { not: null }, status: "ACTIVE", ...(q ? { name: { contains: q, mode: "insensitive" } } : {}) },
      select: { id: true, name: true, organisation: { select: { name: true } } },
      orderBy: { name: "asc" },
      take: 8,
    });
    return Response.json(
      { users: users.map((u) => ({ id: u.id, name: u.name, organisation: u.organisation?.name ?? null })) },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
