import "server-only";
import { z } from "zod";
import { toCsvLine } from "@/lib/csv";
import { AppError } from "@/lib/errors";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { fieldErrorsOf } from "@/lib/result";
import { allOpenPractices, LICENCE, listOpenPractices, type OpenPractice } from "./queries";
import { API_MAX_PER_PAGE, filterQuery, type PracticeFilter, parsePracticeFilter } from "./schemas";

// The open data of published case studies: GET /api/v1/practices (JSON, paginated) and
// GET /api/v1/practices.csv (streamed). Same filters as the /practices page; the published copy
// only; never the contact details. Field names are stable: add fields, never rename or remove.

const extras = z.object({
  per_page: z.coerce.number().int().min(1, "validation.range").max(API_MAX_PER_PAGE, "validation.range").default(20),
  locale: z.enum(locales, { message: "validation.invalid" }).optional(),
});

export type OpenDataQuery = { filter: PracticeFilter; perPage: number; locale: string };

/** Parses the query string; unknown facet values, pages or languages are a 400 with field errors. */
export function parseOpenDataQuery(params: URLSearchParams): OpenDataQuery {
  const parsed = parsePracticeFilter(params);
  const more = extras.safeParse({ per_page: params.get("per_page") ?? undefined, locale: params.get("locale") ?? undefined });
  const fieldErrors = { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...(more.success ? {} : fieldErrorsOf(more.error)) };
  if (!parsed.success || !more.success) throw new AppError("INVALID", { fieldErrors });
  return { filter: parsed.data, perPage: more.data.per_page, locale: more.data.locale ?? defaultLocale };
}

export async function openDataPage(query: OpenDataQuery, baseUrl: string) {
  const { total, items } = await listOpenPractices(query.filter, { perPage: query.perPage, locale: query.locale, appUrl: baseUrl });
  const pages = Math.max(1, Math.ceil(total / query.perPage));
  const localeParam = query.locale === defaultLocale ? undefined : query.locale;
  const withQuery = (path: string, q: string) => `${baseUrl}${path}${q ? `?${q}` : ""}`;
  const link = (page: number) =>
    withQuery(
      "/api/v1/practices",
      filterQuery({ ...query.filter, page }, { per_page: query.perPage === 20 ? undefined : query.perPage, locale: localeParam }),
    );
  return {
    licence: LICENCE,
    meta: { total, page: query.filter.page, perPage: query.perPage, pages, locale: query.locale },
    links: {
      self: link(query.filter.page),
      first: link(1),
      last: link(pages),
      next: query.filter.page < pages ? link(query.filter.page + 1) : null,
      prev: query.filter.page > 1 ? link(Math.min(query.filter.page - 1, pages)) : null,
      csv: withQuery("/api/v1/practices.csv", filterQuery({ ...query.filter, page: 1 }, { locale: localeParam })),
    },
    data: items,
  };
}

export const CSV_COLUMNS: (keyof OpenPractice)[] = [
  "id",
  "slug",
  "url",
  "title",
  "summary",
  "language",
  "sourceLanguage",
  "availableLanguages",
  "organisation",
  "libraryName",
  "country",
  "city",
  "themes",
  "targetGroups",
  "languagesUsed",
  "periodStart",
  "periodEnd",
  "partnersInvolved",
  "resourcesNeeded",
  "steps",
  "resultsAndImpact",
  "lessonsLearned",
  "adoptions",
  "isExample",
  "firstPublishedAt",
  "updatedAt",
  "licence",
];

/** One row: lists joined with "; ", the organisation by name, the story left out (HTML belongs in the JSON). */
function csvRow(p: OpenPractice): string {
  return toCsvLine(
    CSV_COLUMNS.map((column) => {
      const value = p[column];
      if (column === "organisation") return p.organisation.name;
      if (Array.isArray(value)) return value.join("; ");
      if (typeof value === "boolean") return value ? "true" : "false";
      return value as string | number | null;
    }),
  );
}

/** The CSV as a stream: header, then rows in batches as they are read (memory stays flat). */
export function openDataCsv(query: OpenDataQuery, baseUrl: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = allOpenPractices(query.filter, { locale: query.locale, appUrl: baseUrl });
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true;
          // A byte-order mark so that spreadsheet programs read UTF-8 (Latvian, Romanian, Ukrainian).
          controller.enqueue(encoder.encode(`\uFEFF${toCsvLine(CSV_COLUMNS)}`));
          return;
        }
        const next = await batches.next();
        if (next.done) {
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(next.value.map(csvRow).join("")));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
