"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

type Item = { href: string; label: string };

/** Main navigation; marks the current section with aria-current. */
export function NavLinks({ items, label, menuLabel }: { items: Item[]; label: string; menuLabel: string }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  const list = (className: string) => (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={isCurrent(item.href) ? "page" : undefined}
            className="block rounded-md px-2.5 py-1.5 text-sm font-medium text-ink no-underline hover:bg-brand-50 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <nav aria-label={label} className="order-last w-full md:order-none md:w-auto">
      <div className="hidden md:block">{list("flex flex-wrap gap-1")}</div>
      <details className="md:hidden">
        <summary className="cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium text-brand-800">{menuLabel}</summary>
        {list("mt-1 grid gap-1")}
      </details>
    </nav>
  );
}
