import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

export default function ForumLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["forum", "editor", "uploads"]}>{children}</ClientMessages>;
}
