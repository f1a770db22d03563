"use client";

import { type ChangeEvent, useState } from "react";
import { toSlug } from "@/lib/slug";

/**
 * A web-address field that follows the title until the author types in it: "Мовне кафе" →
 * "movne-kafe", "Café des langues" → "cafe-des-langues" (lib/slug.ts, the same rule the server
 * uses for case studies and initiatives). Spread `titleProps` on the title input and
 * `slugProps` on the address input.
 */
export function useSlugFromTitle(initialSlug = "", max = 80) {
  const [slug, setSlug] = useState(initialSlug);
  const [edited, setEdited] = useState(false);
  return {
    titleProps: {
      onChange: (e: ChangeEvent<HTMLInputElement>) => {
        if (!edited) setSlug(toSlug(e.target.value, max));
      },
    },
    slugProps: {
      value: slug,
      onChange: (e: ChangeEvent<HTMLInputElement>) => {
        setEdited(true);
        setSlug(e.target.value);
      },
    },
  };
}
