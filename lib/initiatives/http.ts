import "server-only";
import { parseOrThrow } from "@/lib/result";
import { type InitiativeFilters, filtersSchema } from "./schemas";

/** The filters of a route's query string, repeated keys included (type=A&type=B); INVALID when a value is unknown. */
export function filtersFromQuery(params: URLSearchParams): InitiativeFilters {
  return parseOrThrow(filtersSchema, Object.fromEntries(["type", "country", "lang", "group"].map((k) => [k, params.getAll(k)])));
}

/** A stable cache key for a filter set (order of values does not matter). */
export function filtersKey(filters: InitiativeFilters): string {
  return (["type", "country", "lang", "group"] as const).map((k) => `${k}=${[...filters[k]].sort().join(",")}`).join("&");
}
