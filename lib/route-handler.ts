import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { type CurrentUser, can, getCurrentUser } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse, parseOrThrow } from "@/lib/result";

// The one way to write a route handler (the counterpart of lib/action-client.ts):
//
//   export const POST = route({ permission: "forum.post", params: topicParams, body: replyBody, maxBytes: 2 * MiB },
//     ({ user, params, body }) => created(...));
//
// Each request: for a state-changing method, refuses another origin (Sec-Fetch-Site / Origin —
// the check Next.js makes for server actions, which route handlers do not get) and a body of the
// wrong type or size → checks the permission → parses params, query and body with zod → runs the
// handler → answers JSON, or the one error body `{ error: { code, message, fieldErrors? } }`.

export const MiB = 1024 * 1024;

type Schema = z.ZodType;
type Out<S> = S extends Schema ? z.infer<S> : undefined;

type RouteOptions<P, Q, B, A extends Permission | null> = {
  /** null: anyone, signed in or not. */
  permission: A;
  params?: P;
  query?: Q;
  /** JSON body schema (the request must send `Content-Type: application/json`). */
  body?: B;
  /** Refuse larger bodies before reading them. Default 64 KiB. */
  maxBytes?: number;
};

type RouteContext<P, Q, B, A> = {
  request: NextRequest;
  user: A extends Permission ? CurrentUser : CurrentUser | null;
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
};

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origins this site answers as: APP_URL, and the address the request was made to. */
function ownOrigins(request: NextRequest): string[] {
  const origins = [new URL(env.APP_URL).origin];
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) {
    const proto = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
    origins.push(`${proto}://${host}`);
  }
  return origins;
}

/**
 * Refuses a state-changing request sent by a page of another origin — same site included (a
 * sibling subdomain). Browsers send Sec-Fetch-Site and Origin on such requests; a client that
 * sends neither is not a browser and so cannot be a cross-site forgery.
 */
export function assertSameOrigin(request: NextRequest): void {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") throw new AppError("FORBIDDEN", { message: "errors.crossOrigin" });
  const origin = request.headers.get("origin");
  if (origin && !ownOrigins(request).includes(origin)) throw new AppError("FORBIDDEN", { message: "errors.crossOrigin" });
}

export function route<
  A extends Permission | null,
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(options: RouteOptions<P, Q, B, A>, handler: (ctx: RouteContext<P, Q, B, A>) => Promise<Response | unknown> | Response | unknown) {
  const maxBytes = options.maxBytes ?? 64 * 1024;
  return async (request: NextRequest, segment: { params: Promise<Record<string, string | string[]>> }): Promise<Response> => {
    try {
      const method = request.method.toUpperCase();
      if (!SAFE_METHODS.has(method)) {
        assertSameOrigin(request);
        const length = Number(request.headers.get("content-length") ?? 0);
        if (length > maxBytes) throw new AppError("TOO_LARGE", { values: { max: Math.floor(maxBytes / 1024) } });
        if (options.body && !(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
          throw new AppError("INVALID", { message: "errors.jsonExpected", statusCode: 415 });
        }
      }
      const user = await getCurrentUser();
      if (options.permission) {
        if (!user) throw new AppError("UNAUTHENTICATED");
        if (!can(user, options.permission)) throw new AppError("FORBIDDEN");
      }
      const params = options.params ? parseOrThrow(options.params, await segment.params) : undefined;
      const query = options.query ? parseOrThrow(options.query, Object.fromEntries(request.nextUrl.searchParams)) : undefined;
      let body: unknown;
      if (options.body) {
        const text = await request.text();
        if (text.length > maxBytes) throw new AppError("TOO_LARGE", { values: { max: Math.floor(maxBytes / 1024) } });
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          throw new AppError("INVALID", { message: "errors.jsonExpected" });
        }
        body = parseOrThrow(options.body, json);
      }
      const out = await handler({ request, user, params, query, body } as RouteContext<P, Q, B, A>);
      return out instanceof Response ? out : Response.json(out, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
