"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { controlClasses } from "@/components/ui/field";
import { countryName } from "@/lib/countries";
import { cn } from "@/lib/utils";

export type GazetteerCity = { id: number; name: string; country: string; lat?: number; lng?: number };

/**
 * A city field that completes from the bundled gazetteer (GET /api/gazetteer): the ARIA 1.2
 * combobox pattern — type, move through the suggestions with the arrow keys, Enter to choose,
 * Escape to close. Sends the typed text as `name` and the chosen place's id as `idName`, so a
 * form still works when JavaScript is off (the server looks the text up).
 */
export function CityCombobox({
  id,
  name,
  idName,
  label,
  hint,
  errors,
  defaultCity,
  defaultText,
  required,
  onSelect,
}: {
  id: string;
  name: string;
  idName: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultCity: GazetteerCity | null;
  defaultText?: string;
  required?: boolean;
  onSelect?: (city: GazetteerCity & { lat: number; lng: number }) => void;
}) {
  const t = useTranslations("initiatives.city");
  const locale = useLocale();
  const listId = useId();
  const [text, setText] = useState(defaultCity?.name ?? defaultText ?? "");
  const [chosen, setChosen] = useState<GazetteerCity | null>(defaultCity);
  const [options, setOptions] = useState<(GazetteerCity & { lat: number; lng: number })[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announce, setAnnounce] = useState("");
  const request = useRef(0);

  useEffect(() => {
    const q = text.trim();
    if (!open || q.length < 2 || (chosen && chosen.name === text)) {
      setOptions([]);
      return;
    }
    const n = ++request.current;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/gazetteer?q=${encodeURIComponent(q)}&locale=${locale}&limit=8`);
        if (!res.ok || n !== request.current) return;
        const { cities } = (await res.json()) as { cities: (GazetteerCity & { lat: number; lng: number })[] };
        setOptions(cities);
        setActive(-1);
        setAnnounce(cities.length === 0 ? t("none") : t("found", { count: cities.length }));
      } catch {
        setAnnounce(t("failed"));
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [text, open, chosen, locale, t]);

  const choose = (city: GazetteerCity & { lat: number; lng: number }) => {
    setChosen(city);
    setText(city.name);
    setOpen(false);
    setOptions([]);
    setAnnounce(t("chosen", { city: `${city.name}, ${countryName(city.country, locale)}` }));
    onSelect?.(city);
  };

  const expanded = open && options.length > 0;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="relative">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        aria-invalid={errorId ? true : undefined}
        required={required}
        maxLength={120}
        value={text}
        className={cn(controlClasses, "mt-1")}
        onChange={(e) => {
          setText(e.target.value);
          setChosen(null);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && options.length > 0) {
            e.preventDefault();
            setOpen(true);
            setActive((a) => (a + 1) % options.length);
          } else if (e.key === "ArrowUp" && options.length > 0) {
            e.preventDefault();
            setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
          } else if (e.key === "Enter" && expanded && active >= 0) {
            e.preventDefault();
            const city = options[active];
            if (city) choose(city);
          } else if (e.key === "Escape" && expanded) {
            e.preventDefault();
            setOpen(false);
          }
        }}
      />
      <input type="hidden" name={idName} value={chosen ? String(chosen.id) : ""} />
      <div
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!expanded}
        className="absolute z-30 mt-1 max-h-72 w-full overflow-auto rounded-md border border-line bg-white py-1 shadow-lg"
      >
        {options.map((city, i) => (
          <div
            key={city.id}
            id={`${listId}-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className="cursor-pointer px-3 py-2 text-sm aria-selected:bg-brand-700 aria-selected:text-white hover:bg-brand-50"
            onMouseDown={(e) => {
              e.preventDefault();
              choose(city);
            }}
          >
            {city.name}, <span>{countryName(city.country, locale)}</span>
          </div>
        ))}
      </div>
      {hint && (
        <p id={hintId} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="mt-1 text-sm font-medium text-danger">
          {errors?.join(" ")}
        </p>
      )}
      <p role="status" className="sr-only">
        {announce}
      </p>
    </div>
  );
}
