import type { ButtonHTMLAttributes, Ref } from "react";
import { cn } from "@/lib/utils";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-brand-600/60",
  secondary: "border border-line bg-white text-brand-800 hover:bg-brand-50",
  danger: "bg-danger text-white hover:bg-red-800",
  ghost: "text-brand-800 hover:bg-brand-50",
} as const;

export type ButtonVariant = keyof typeof variants;

export function buttonClasses(variant: ButtonVariant = "primary", size: "sm" | "md" = "md") {
  return cn(
    "inline-flex items-center justify-center gap-2 rounded-md font-medium no-underline transition-colors disabled:cursor-not-allowed",
    size === "sm" ? "px-3 py-1.5 text-sm" : "px-4 py-2.5 text-base",
    variants[variant],
  );
}

export function Button({
  variant = "primary",
  size = "md",
  className,
  type = "button",
  busy = false,
  onClick,
  ref,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  ref?: Ref<HTMLButtonElement>;
  variant?: ButtonVariant;
  size?: "sm" | "md";
  /**
   * While an action runs: the button reads and looks unavailable and ignores clicks, but keeps
   * the focus (a `disabled` button drops it to <body>, and a keyboard user loses their place).
   */
  busy?: boolean;
}) {
  return (
    <button
      ref={ref}
      type={type}
      aria-disabled={busy || undefined}
      className={cn(buttonClasses(variant, size), busy && "cursor-progress opacity-70", className)}
      // No handler of our own unless busy: server components render this button too, and they
      // cannot pass functions.
      onClick={busy ? (event) => event.preventDefault() : onClick}
      {...props}
    />
  );
}
