"use client";

import { useTranslations } from "next-intl";
import { useMember } from "@/components/layout/member";
import { buttonClasses } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

/**
 * The home page's call to action: a member is greeted (welcomed on their first session, welcomed
 * back after), a visitor invited to join. The home page is shared with members (decision 013), so
 * the greeting comes from the browser; the visitor's buttons stay out of sight meanwhile.
 */
export function HomeActions() {
  const t = useTranslations("home");
  const member = useMember();
  if (member) {
    return (
      <Link href="/account" className={buttonClasses("primary")}>
        {member.firstVisit ? t("welcome", { name: member.name }) : t("welcomeBack", { name: member.name })}
      </Link>
    );
  }
  return (
    <span className="visitor-links flex flex-wrap gap-3">
      <Link href="/register" className={buttonClasses("primary")}>
        {t("join")}
      </Link>
      <Link href="/about" className={buttonClasses("secondary")}>
        {t("learnMore")}
      </Link>
    </span>
  );
}
