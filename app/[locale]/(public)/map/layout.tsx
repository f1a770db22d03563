import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

// The map's client components (map, pin, city field, forms) read the "initiatives" messages.
export default function MapLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["initiatives"]}>{children}</ClientMessages>;
}
