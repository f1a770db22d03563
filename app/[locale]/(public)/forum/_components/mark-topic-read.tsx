"use client";

import { useEffect } from "react";
import { useRefresh } from "@/components/layout/member";
import { markTopicReadAction } from "@/lib/forum/actions";

/**
 * Tells the server the member has seen this page of the thread, once it is actually on screen
 * (a tab opened in the background waits until it is shown). Rendering the page writes nothing:
 * prefetches and cached renders never mark anything read. When that answered notifications,
 * the page and the header ask again, so the bell shows it.
 */
export function MarkTopicRead({ topicId, number }: { topicId: string; number: number }) {
  const refresh = useRefresh();
  useEffect(() => {
    let cancelled = false;
    const send = () => {
      document.removeEventListener("visibilitychange", onVisible);
      void markTopicReadAction({ topicId, number }).then((result) => {
        if (!cancelled && result.ok && result.data.answered > 0) refresh();
      });
    };
    function onVisible() {
      if (document.visibilityState === "visible") send();
    }
    if (document.visibilityState === "visible") send();
    else document.addEventListener("visibilitychange", onVisible);
    return () => {
      cancelled = true;
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [topicId, number, refresh]);
  return null;
}
