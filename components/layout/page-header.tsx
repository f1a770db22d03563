import type { ReactNode } from "react";

export function PageHeader({ title, lead, children }: { title: ReactNode; lead?: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-8 border-b border-line pb-6">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {lead && <p className="mt-2 max-w-3xl text-lg text-muted">{lead}</p>}
      {children}
    </div>
  );
}

export function Container({ children, narrow = false }: { children: ReactNode; narrow?: boolean }) {
  return <div className={`mx-auto px-4 py-10 ${narrow ? "max-w-md" : "max-w-6xl"}`}>{children}</div>;
}
