import "server-only";
import { getLocale } from "next-intl/server";
import { forbidden, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { can, type Permission } from "./permissions";
import { type CurrentUser, getCurrentUser } from "./session";

export { can, getCurrentUser, type CurrentUser };

// ---- For server actions and route handlers: refuse with an AppError. ----

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return user;
}

export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, permission)) throw new AppError("FORBIDDEN");
  return user;
}

// ---- For pages: send visitors to the login page, refuse others with 403. ----

async function loginRedirect(): Promise<never> {
  const locale = await getLocale();
  redirect(`/${locale}/login`);
}

export async function requirePageUser(): Promise<CurrentUser> {
  return (await getCurrentUser()) ?? loginRedirect();
}

export async function requirePagePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requirePageUser();
  if (!can(user, permission)) forbidden();
  return user;
}
