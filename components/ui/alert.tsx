import type { ReactNode, Ref } from "react";
import { cn } from "@/lib/utils";

const tones = {
  info: "border-brand-200 bg-brand-50 text-brand-900",
  success: "border-green-300 bg-success-50 text-success",
  error: "border-red-300 bg-danger-50 text-danger",
  warning: "border-amber-300 bg-accent-100 text-accent-700",
} as const;

/** role="alert" only for errors that appear after an action; static notices use role="status". */
export function Alert({
  tone = "info",
  children,
  live = false,
  className,
  ref,
  tabIndex,
  id,
}: {
  tone?: keyof typeof tones;
  children: ReactNode;
  live?: boolean;
  className?: string;
  ref?: Ref<HTMLDivElement>;
  /** -1 when focus is moved to the message (an error summary, an action's outcome). */
  tabIndex?: number;
  id?: string;
}) {
  return (
    <div
      id={id}
      ref={ref}
      tabIndex={tabIndex}
      role={live ? (tone === "error" ? "alert" : "status") : undefined}
      className={cn("rounded-md border px-4 py-3 text-sm", tones[tone], className)}
    >
      {children}
    </div>
  );
}
