import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["account", "auth", "roles"]}>{children}</ClientMessages>;
}
