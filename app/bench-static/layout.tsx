import type { ReactNode } from "react";

// Root layout of its own: the app's root layout is app/[locale]/layout.tsx, and this route lives
// outside [locale] (proxy.ts leaves /bench-static alone, so no locale redirect and no CSP nonce).
export const metadata = { title: "E-PANEMA benchmark baseline", robots: { index: false, follow: false } };

export default function BenchStaticLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
