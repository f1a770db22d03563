import type { ReactNode } from "react";

// Root layout of its own, like app/bench-static (proxy.ts leaves /bench-dynamic alone).
export const metadata = { title: "E-PANEMA benchmark baseline", robots: { index: false, follow: false } };

export default function BenchDynamicLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
