// Query parameters that only tell an analytics tool where a click came from (campaign tags, ad and
// newsletter click ids). No page reads them, so a visitor arriving from a shared link, a newsletter
// or a campaign — the moments many arrive at once — gets the cached page like anyone else, and
// each new click id does not push other pages out of the server's front (lib/cache/front.mjs).
// Plain JavaScript: scripts/server.mjs (through front.mjs) runs under node itself.

/** Exact names; anything starting with `utm_` is one too. */
const CLICK_IDS = new Set([
  "fbclid",
  "gclid",
  "gbraid",
  "wbraid",
  "dclid",
  "msclkid",
  "yclid",
  "twclid",
  "igshid",
  "li_fat_id",
  "mc_cid",
  "mc_eid",
  "_hsenc",
  "_hsmi",
]);

/** @param {string} name */
export function isTrackingParam(name) {
  return name.startsWith("utm_") || CLICK_IDS.has(name);
}

/**
 * The request target (path and query) without tracking parameters, the others in their order.
 * @param {string} target e.g. "/en/forum?utm_source=x&page=2"
 */
export function withoutTracking(target) {
  const q = target.indexOf("?");
  if (q === -1) return target;
  const kept = target
    .slice(q + 1)
    .split("&")
    .filter((pair) => pair !== "" && !isTrackingParam(decodeName(pair)));
  return kept.length ? `${target.slice(0, q)}?${kept.join("&")}` : target.slice(0, q);
}

/** @param {string} pair "name=value" as sent */
function decodeName(pair) {
  const eq = pair.indexOf("=");
  const raw = (eq === -1 ? pair : pair.slice(0, eq)).replace(/\+/g, " ");
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
