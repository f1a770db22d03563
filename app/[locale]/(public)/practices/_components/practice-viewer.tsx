"use client";

import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { usePersonalState } from "@/components/layout/member";
import { buttonClasses } from "@/components/ui/button";
import type { PracticeViewer } from "@/lib/practices/queries";
import { Link } from "@/lib/i18n/navigation";

// A member's parts of a case study's page (decision 013): the page comes from the cache (the
// visitors' copy, or the one every member shares, with the contact), and whether they write for
// it and where they stand on adopting it are theirs: from the server on their own render
// (`initial`), else from GET /api/practices/:slug/viewer. undefined: not known yet; null: no one.

const Viewer = createContext<PracticeViewer | null | undefined>(undefined);

export function PracticeViewerProvider({ url, initial, children }: { url: string; initial: PracticeViewer | null; children: ReactNode }) {
  const viewer = usePersonalState<PracticeViewer>(url, initial);
  return <Viewer.Provider value={viewer}>{children}</Viewer.Provider>;
}

/** The edit link, for the case study's authors. */
export function AuthorLink({ href }: { href: string }) {
  const viewer = useContext(Viewer);
  const t = useTranslations("practices");
  return viewer?.author ? <Link href={href}>{t("edit")}</Link> : null;
}

/**
 * The adoption box's action: log in (a visitor), continue one's adoption, start one, or nothing to
 * start (one's own organisation's practice). In the members' copy (`members`), before the member's
 * part is known, the plain link to start: without JavaScript nothing will ask, and the adoption page
 * itself leads on to an adoption already started or says the practice is one's own.
 */
export function AdoptAction({ slug, members }: { slug: string; members: boolean }) {
  const viewer = useContext(Viewer);
  const t = useTranslations("practices.adopt");
  // Once scripts run, the plain link waits out of sight for the answer (it may become "Continue").
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  const start = (hidden: boolean) => (
    <Link
      href={`/practices/${slug}/adopt`}
      className={`${buttonClasses("primary", "sm")}${hidden ? " invisible" : ""}`}
      aria-hidden={hidden || undefined}
    >
      {t("start")}
    </Link>
  );
  if (viewer === undefined && members) return start(scripted);
  if (!viewer) {
    return (
      <Link href="/login" className={`visitor-links ${buttonClasses("primary", "sm")}`}>
        {t("loginToAdopt")}
      </Link>
    );
  }
  if (viewer.adoptionId) {
    return (
      <Link href={`/practices/adoptions/${viewer.adoptionId}`} className={buttonClasses("primary", "sm")}>
        {t("continue")}
      </Link>
    );
  }
  if (viewer.canAdopt) return start(false);
  return viewer.adopter ? <p className="text-sm text-muted">{t("ownPractice")}</p> : null;
}
