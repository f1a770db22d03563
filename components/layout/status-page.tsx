import type { ReactNode } from "react";
import { Container } from "@/components/layout/page-header";

export function StatusPage({ code, title, text, children }: { code: string; title: string; text: string; children?: ReactNode }) {
  return (
    <Container>
      <div className="mx-auto max-w-xl py-10 text-center">
        <p className="text-sm font-semibold tracking-wider text-brand-700">{code}</p>
        <h1 className="mt-2 text-3xl font-bold">{title}</h1>
        <p className="mt-4 text-muted">{text}</p>
        <div className="mt-8 flex justify-center gap-3">{children}</div>
      </div>
    </Container>
  );
}
