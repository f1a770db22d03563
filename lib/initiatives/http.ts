import "server-only";
import { parseOrThrow } from "@/lib/result";
import { type InitiativeFilters, filtersSchema } from "./schemas";

/** The filters of a route's query string, repeated keys included (type=A&type=B); INVALID when a value is unknown. */
export function filtersFromQuery(params: URLSearchParams): InitiativeFilters {
  return parseOrThrow(filtersSchema, Object.fromEntries(["type", "country", "lang", "group"].map((k) => [k, params.getAll(k)])));
}
