import { cn } from "@/lib/utils";

/** A labelled progress bar (role="progressbar"): no client JavaScript. */
export function ProgressBar({
  percent,
  label,
  valueText,
  className,
}: {
  percent: number;
  label: string;
  valueText: string;
  className?: string;
}) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className={cn("space-y-1", className)}>
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <span className="font-medium text-ink">{label}</span>
        <span className="text-muted">{valueText}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={valueText}
        className="h-2.5 w-full overflow-hidden rounded-full bg-surface ring-1 ring-line"
      >
        <div className="h-full rounded-full bg-brand-700" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
