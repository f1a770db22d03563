"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { StatusPage } from "@/components/layout/status-page";
import { Button } from "@/components/ui/button";

// Details stay in the server log; the person sees a calm, translated message.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("status");
  useEffect(() => {
    if (error.digest) console.info("error reference", error.digest);
  }, [error]);
  return (
    <StatusPage code={t("errorCode")} title={t("errorTitle")} text={t("errorText")}>
      <Button onClick={reset}>{t("retry")}</Button>
    </StatusPage>
  );
}
