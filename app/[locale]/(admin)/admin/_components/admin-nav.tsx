"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

export function AdminNav({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  // The most specific entry is current: /admin/forum/settings is "Forum settings", not "Forum moderation".
  const current = items
    .filter((i) => (i.href === "/admin" ? pathname === "/admin" : pathname === i.href || pathname.startsWith(`${i.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label}>
      {/* Wraps on a phone (every entry stays visible), a column beside the page from md up. */}
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {items.map((item) => {
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={item.href === current ? "page" : undefined}
                className="block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium text-ink no-underline hover:bg-brand-50 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
