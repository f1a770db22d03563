import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import it from "@/messages/it.json";
import lv from "@/messages/lv.json";
import nl from "@/messages/nl.json";
import pl from "@/messages/pl.json";
import ro from "@/messages/ro.json";
import uk from "@/messages/uk.json";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

const catalogues = { en, fr, it, lv, nl, pl, ro, uk };
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);

/** The page served with 503 while the database is unreachable; no script, no external asset. */
export function unavailableResponse(pathname: string): Response {
  const segment = pathname.split("/")[1];
  const locale = isLocale(segment) ? segment : defaultLocale;
  const { unavailableTitle, unavailableText } = catalogues[locale].status;
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(unavailableTitle)} · E-PANEMA</title></head><body style="margin:0;font-family:system-ui,sans-serif;color:#1c2529;display:grid;place-items:center;min-height:100vh;background:#f6f8f9"><main style="max-width:32rem;padding:2rem;text-align:center"><p style="font-weight:600;color:#0b5564">E-PANEMA</p><h1 style="color:#062c34">${escapeHtml(unavailableTitle)}</h1><p>${escapeHtml(unavailableText)}</p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "30", "Cache-Control": "no-store" },
  });
}
