import { z } from "zod";
import { COUNTRY_CODES, type CountryCode } from "@/lib/countries";
import { locales } from "@/lib/i18n/locales";
import { SPOKEN_LANGUAGES } from "@/lib/spoken-languages";
import { INITIATIVE_TYPES, TARGET_GROUPS } from "./vocabulary";

// One schema for the form and the action (validation messages are catalogue keys), and one for the
// filters that the map, the list, the map data route and the open-data GeoJSON share.

export const LIST_PAGE_SIZE = 20;

const countries = COUNTRY_CODES.filter((c) => c !== "OTHER") as unknown as [CountryCode, ...CountryCode[]];

/** Several values from a query string (repeated keys) or a form's one field ("a,b"), or absent. */
const many = <T extends readonly [string, ...string[]]>(values: T, max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [
      ...new Set(
        (Array.isArray(v) ? v : v ? [v] : [])
          .flatMap((s) => s.split(","))
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.enum(values, { message: "validation.invalid" })).max(max, "validation.invalid"));

const text = (max: number) => z.string().trim().max(max, "validation.tooLong").default("");

/** A number typed in a form ("56,95" in Latvian and Polish is accepted) or sent as one. */
const coordinate = (min: number, max: number) =>
  z
    .union([z.number(), z.string().trim().min(1, "validation.coordinatesRequired")])
    .transform((v) => (typeof v === "number" ? v : Number(v.replace(",", "."))))
    .pipe(
      z
        .number({ message: "validation.coordinate" })
        .finite("validation.coordinate")
        .min(min, "validation.coordinate")
        .max(max, "validation.coordinate"),
    );

const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

const website = z
  .string()
  .trim()
  .max(300, "validation.tooLong")
  .default("")
  .refine((v) => v === "" || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), "validation.website");

/** What a member types (suggestion) or a partner/coordinator saves. */
export const initiativeInputSchema = z.object({
  name: z.string().trim().min(3, "validation.initiativeName").max(140, "validation.tooLong"),
  type: z.enum(INITIATIVE_TYPES, { message: "validation.initiativeType" }),
  /** A registered host organisation ("" = none; partners' own is forced by the service). */
  organisationId: z
    .string()
    .trim()
    .max(40, "validation.invalid")
    .optional()
    .transform((v) => v || null),
  hostName: text(140),
  country: z.enum(countries, { message: "validation.country" }),
  city: z.string().trim().min(1, "validation.cityRequired").max(120, "validation.tooLong"),
  cityId: z
    .union([z.number(), z.string()])
    .optional()
    .transform((v) => (v === undefined || v === "" ? null : Number(v)))
    // A gazetteer id (GeoNames): a positive 32-bit integer, as the column is.
    .pipe(z.number().int().positive().max(2_147_483_647, "validation.invalid").nullable()),
  address: text(200),
  lat: coordinate(-90, 90),
  lng: coordinate(-180, 180),
  sensitive: checkbox,
  languages: many(SPOKEN_LANGUAGES, 12),
  targetGroups: many(TARGET_GROUPS, TARGET_GROUPS.length),
  schedule: text(300),
  contact: text(300),
  website,
  description: text(4000),
  lang: z.enum(locales, { message: "validation.invalid" }).default("en"),
});
export type InitiativeInput = z.infer<typeof initiativeInputSchema>;

const id = z.string().trim().min(1, "validation.required").max(40, "validation.invalid");

export const updateInitiativeSchema = initiativeInputSchema.extend({ id });
export const initiativeIdSchema = z.object({ id });
/** An initiative's address: GET /api/map/initiatives/:slug/viewer. */
export const initiativeParamsSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "validation.invalid")
    .max(80, "validation.invalid"),
});
export const rejectSchema = z.object({
  id,
  reason: z.string().trim().min(3, "validation.reasonRequired").max(1000, "validation.tooLong"),
});

// ─── filters ────────────────────────────────────────────────────────────────────────────────

export const SORTS = ["name", "distance", "verified"] as const;

export const filtersSchema = z.object({
  type: many(INITIATIVE_TYPES, INITIATIVE_TYPES.length),
  country: many(countries, 20),
  lang: many(SPOKEN_LANGUAGES, 12),
  group: many(TARGET_GROUPS, TARGET_GROUPS.length),
});
export type InitiativeFilters = z.infer<typeof filtersSchema>;

export const listQuerySchema = filtersSchema.extend({
  /** Gazetteer id of the city to sort by distance from. */
  near: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v[0] : v))
    .transform((v) => (v ? Number(v) : null))
    // A gazetteer id (GeoNames): a positive 32-bit integer, as the column is.
    .pipe(z.number().int().positive().max(2_147_483_647, "validation.invalid").nullable()),
  sort: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v[0] : v) || undefined)
    .pipe(z.enum(SORTS).optional()),
  page: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => Number((Array.isArray(v) ? v[0] : v) ?? 1))
    .pipe(z.number().int().min(1).max(10_000).catch(1)),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function toRecord(input: Params): Record<string, string | string[] | undefined> {
  if (!(input instanceof URLSearchParams)) return input;
  const out: Record<string, string[]> = {};
  for (const [k, v] of input) {
    out[k] ??= [];
    out[k].push(v);
  }
  return out;
}

/** The page's or route's query string as filters; unknown values are refused (INVALID). */
export function parseFilters(input: Params) {
  return filtersSchema.safeParse(toRecord(input));
}

export function parseListQuery(input: Params) {
  return listQuerySchema.safeParse(toRecord(input));
}

/** The filters as a query string (the map, the list and the GeoJSON share it). */
export function filtersToSearch(filters: Partial<InitiativeFilters> & { near?: number | null; sort?: string; page?: number }): string {
  const p = new URLSearchParams();
  for (const key of ["type", "country", "lang", "group"] as const) for (const v of filters[key] ?? []) p.append(key, v);
  if (filters.near) p.set("near", String(filters.near));
  if (filters.sort) p.set("sort", filters.sort);
  if (filters.page && filters.page > 1) p.set("page", String(filters.page));
  return p.toString();
}

export const gazetteerQuerySchema = z.object({
  q: z.string().trim().min(1, "validation.required").max(80, "validation.tooLong"),
  locale: z.enum(locales).optional(),
  country: z.enum(countries).optional(),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
