import type { InputHTMLAttributes } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/**
 * A file picker whose button speaks the page's language. The browser draws its own button in the
 * browser's language ("Choose File" on a Ukrainian page), so the native control is kept for
 * keyboards, screen readers and tests, hidden from sight, and a label drawn like a button stands in
 * for it: clicking a label opens its input natively, and the input's focus ring shows on the label.
 * The label is hidden from assistive technology, which reads the field's own label on the input.
 */
export function FileInput({
  id,
  buttonLabel,
  className,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { id: string; buttonLabel: string }) {
  return (
    <div className={cn("flex", className)}>
      <input id={id} type="file" className="peer sr-only" {...props} />
      <label
        htmlFor={id}
        aria-hidden="true"
        className={cn(
          buttonClasses("secondary", "sm"),
          "cursor-pointer peer-focus-visible:outline-3 peer-focus-visible:outline-accent-500 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-solid peer-disabled:cursor-not-allowed peer-disabled:opacity-70",
        )}
      >
        {buttonLabel}
      </label>
    </div>
  );
}
