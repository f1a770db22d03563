import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

// A data table that becomes one card per row on a phone (WCAG 1.4.10 reflow; see .stack-table in
// app/globals.css). Changing a table's CSS display makes Safari drop its implicit roles, so they
// are set explicitly. On a phone each cell shows its column name for sighted readers; screen
// readers announce the column header instead (the visible copy is aria-hidden).

export function StackTable({
  caption,
  headers,
  children,
  className,
}: {
  caption: string;
  headers: ReactNode[];
  children: ReactNode;
  className?: string;
}) {
  return (
    // biome-ignore lint/a11y/noRedundantRoles: kept when CSS changes the display (Safari)
    <table role="table" className={cn("stack-table w-full text-left text-sm", className)}>
      <caption className="sr-only">{caption}</caption>
      {/* biome-ignore lint/a11y/noRedundantRoles: kept when CSS changes the display (Safari) */}
      <thead role="rowgroup" className="border-b border-line text-muted">
        {/* biome-ignore lint/a11y/noRedundantRoles: kept when CSS changes the display (Safari) */}
        <tr role="row">
          {headers.map((header, i) => (
            // biome-ignore lint/a11y/noRedundantRoles: kept when CSS changes the display (Safari)
            <th key={i} role="columnheader" scope="col" className="py-2 pr-3 last:pr-0">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      {/* biome-ignore lint/a11y/noRedundantRoles: kept when CSS changes the display (Safari) */}
      <tbody role="rowgroup">{children}</tbody>
    </table>
  );
}

export function StackRow({ children }: { children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noRedundantRoles: kept when CSS changes the display (Safari)
    <tr role="row" className="border-b border-line align-top">
      {children}
    </tr>
  );
}

export function StackCell({
  label,
  children,
  className,
  rowHeader = false,
}: {
  label: ReactNode;
  children: ReactNode;
  className?: string;
  /** The cell that names its row (a title): screen readers announce it with every other cell. */
  rowHeader?: boolean;
}) {
  const content = (
    <>
      <span aria-hidden="true" className="stack-label">
        {label}
      </span>
      <div className="min-w-0">{children}</div>
    </>
  );
  return rowHeader ? (
    // biome-ignore lint/a11y/noRedundantRoles: kept when CSS changes the display (Safari)
    <th role="rowheader" scope="row" className={cn("py-2 pr-3 text-left align-top font-medium last:pr-0", className)}>
      {content}
    </th>
  ) : (
    // biome-ignore lint/a11y/noRedundantRoles: kept when CSS changes the display (Safari)
    <td role="cell" className={cn("py-2 pr-3 last:pr-0", className)}>
      {content}
    </td>
  );
}
