import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

const tones = {
  neutral: "bg-surface text-muted border-line",
  brand: "bg-brand-50 text-brand-800 border-brand-200",
  warning: "bg-accent-100 text-accent-700 border-amber-300",
  danger: "bg-danger-50 text-danger border-red-300",
  success: "bg-success-50 text-success border-green-300",
} as const;

export function Badge({ tone = "neutral", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <span className={cn("inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-medium", tones[tone])}>{children}</span>
  );
}
