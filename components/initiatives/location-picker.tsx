"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import "./map.css";
import type { Map as MapLibreMap, Marker } from "maplibre-gl";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Field, Input } from "@/components/ui/field";
import type { TileSource } from "@/lib/initiatives/tiles";
import { type Basemap, baseStyle, EUROPE_VIEW, enableTiles, loadMaplibre, maplibreLocale } from "./maplibre";

type Point = { lat: number; lng: number };

const fix = (n: number) => n.toFixed(5);
const parse = (s: string) => {
  const n = Number(s.replace(",", "."));
  return s.trim() !== "" && Number.isFinite(n) ? n : null;
};
/** The point typed, when both numbers are on the globe. */
const valid = (la: string, ln: string): Point | null => {
  const a = parse(la);
  const b = parse(ln);
  return a !== null && b !== null && Math.abs(a) <= 90 && Math.abs(b) <= 180 ? { lat: a, lng: b } : null;
};

/**
 * Where the initiative is: type the coordinates, or click the map to drop the pin, drag it, or
 * focus it and move it with the arrow keys (Shift for bigger steps); every move is announced.
 * `focus` recentres the map (a city chosen in the gazetteer).
 */
export function LocationPicker({
  lat,
  lng,
  onChange,
  focus,
  tiles,
  errors,
}: {
  lat: string;
  lng: string;
  onChange: (lat: string, lng: string) => void;
  focus: (Point & { zoom: number; key: number }) | null;
  tiles: TileSource | null;
  errors: { lat?: string[]; lng?: string[] };
}) {
  const t = useTranslations("initiatives.pin");
  const tm = useTranslations("initiatives.map");
  const locale = useLocale();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const markerRef = useRef<Marker | null>(null);
  const placeRef = useRef<(p: Point, announce: boolean) => void>(() => {});
  const [announce, setAnnounce] = useState("");
  const [failed, setFailed] = useState(false);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // The current coordinates, for the effects that must not re-run when they change.
  const coords = useRef({ lat, lng });
  const pending = useRef<(Point & { zoom: number }) | null>(null);
  // Whether the map has loaded: a ref for the effects that read it, state for the pin to follow.
  const ready = useRef(false);
  const [loaded, setLoaded] = useState(false);
  coords.current = { lat, lng };

  // The map, once.
  useEffect(() => {
    let cancelled = false;
    let map: MapLibreMap | null = null;
    (async () => {
      try {
        const [maplibregl, basemap] = await Promise.all([
          loadMaplibre(),
          fetch(`/api/map/basemap?locale=${locale}`).then((r) => {
            if (!r.ok) throw new Error(`basemap ${r.status}`);
            return r.json() as Promise<Basemap>;
          }),
        ]);
        await enableTiles(maplibregl, tiles);
        if (cancelled || !container.current) return;
        map = new maplibregl.Map({
          container: container.current,
          style: baseStyle(basemap, tiles),
          center: EUROPE_VIEW.center,
          zoom: EUROPE_VIEW.zoom,
          maxZoom: tiles ? 18 : 13,
          locale: maplibreLocale(tm),
          attributionControl: false,
          dragRotate: false,
        });
        mapRef.current = map;
        map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
        map.getCanvas().setAttribute("aria-label", t("mapLabel"));

        const pin = document.createElement("button");
        pin.type = "button";
        pin.className = "map-location-pin";
        pin.setAttribute("aria-label", t("pinLabel"));
        const marker = new maplibregl.Marker({ element: pin, draggable: true, anchor: "bottom" });
        markerRef.current = marker;

        placeRef.current = (p: Point, say: boolean) => {
          if (!map) return;
          marker.setLngLat([p.lng, p.lat]);
          if (!marker.getElement().isConnected) marker.addTo(map);
          pin.setAttribute("aria-label", t("pinAt", { lat: fix(p.lat), lng: fix(p.lng) }));
          if (say) setAnnounce(t("movedTo", { lat: fix(p.lat), lng: fix(p.lng) }));
        };
        const set = (p: Point, say = true) => {
          onChangeRef.current(fix(p.lat), fix(p.lng));
          placeRef.current(p, say);
        };

        marker.on("dragend", () => {
          const { lat: la, lng: ln } = marker.getLngLat();
          set({ lat: la, lng: ln });
        });
        map.on("click", (e) => set({ lat: e.lngLat.lat, lng: e.lngLat.lng }));
        pin.addEventListener("keydown", (e) => {
          const moves: Record<string, [number, number]> = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };
          const move = moves[e.key];
          if (!move || !map) return;
          e.preventDefault();
          // A step is a few screen pixels at any zoom (Shift: ten times more).
          const px = e.shiftKey ? 40 : 4;
          const at = map.project(marker.getLngLat());
          const next = map.unproject([at.x + move[0] * px, at.y + move[1] * px]);
          set({ lat: next.lat, lng: next.lng });
          if (!map.getBounds().contains(next)) map.panTo(next);
        });

        // On load the view goes to the pin or the chosen town; the pin itself follows the
        // coordinates (the effect below), which may be a render behind this event.
        map.on("load", () => {
          ready.current = true;
          setLoaded(true);
          const la = parse(coords.current.lat);
          const ln = parse(coords.current.lng);
          if (la !== null && ln !== null) {
            map?.jumpTo({ center: [ln, la], zoom: pending.current?.zoom ?? 13 });
          } else if (pending.current) {
            map?.jumpTo({ center: [pending.current.lng, pending.current.lat], zoom: pending.current.zoom });
          }
          pending.current = null;
        });
      } catch (error) {
        console.warn("[map] the pin map could not be shown:", (error as Error).message);
        if (!cancelled) setFailed(true);
      }
    })();
    return () => {
      cancelled = true;
      ready.current = false;
      setLoaded(false);
      map?.remove();
      mapRef.current = null;
    };
  }, [locale, tiles, t, tm]);

  // The pin follows the coordinates once the map has loaded: typed by hand, set by a town, or
  // restored with the form.
  useEffect(() => {
    if (!loaded) return;
    const p = valid(lat, lng);
    if (p) placeRef.current(p, false);
  }, [loaded, lat, lng]);

  // A city chosen in the gazetteer: centre there, and put the pin there when there is none yet
  // (before the map has loaded too: the coordinates are set, and the map catches up on load).
  useEffect(() => {
    if (!focus) return;
    const empty = parse(coords.current.lat) === null || parse(coords.current.lng) === null;
    if (empty) {
      onChangeRef.current(fix(focus.lat), fix(focus.lng));
      setAnnounce(t("movedTo", { lat: fix(focus.lat), lng: fix(focus.lng) }));
    }
    const map = mapRef.current;
    if (!map || !ready.current) {
      pending.current = focus;
      return;
    }
    map.jumpTo({ center: [focus.lng, focus.lat], zoom: focus.zoom });
  }, [focus, t]);

  // Coordinates typed by hand move the pin (the effect above) and the view.
  const typed = (la: string, ln: string) => {
    onChange(la, ln);
    const p = valid(la, ln);
    if (p) mapRef.current?.panTo([p.lng, p.lat]);
  };

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-ink">{t("legend")}</legend>
      <p id="pin-hint" className="text-sm text-muted">
        {t("hint")}
      </p>
      {!failed && (
        <div
          ref={container}
          className="epanema-map h-80 w-full overflow-hidden rounded-lg border border-line"
          aria-describedby="pin-hint"
        />
      )}
      {failed && <p className="text-sm text-muted">{t("noMap")}</p>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="initiative-lat" label={t("lat")} errors={errors.lat}>
          {(props) => (
            <Input {...props} name="lat" inputMode="decimal" autoComplete="off" value={lat} onChange={(e) => typed(e.target.value, lng)} />
          )}
        </Field>
        <Field id="initiative-lng" label={t("lng")} errors={errors.lng}>
          {(props) => (
            <Input {...props} name="lng" inputMode="decimal" autoComplete="off" value={lng} onChange={(e) => typed(lat, e.target.value)} />
          )}
        </Field>
      </div>
      <p role="status" className="sr-only">
        {announce}
      </p>
    </fieldset>
  );
}
