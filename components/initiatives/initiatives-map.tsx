"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import "./map.css";
import type { GeoJSONSource, Map as MapLibreMap, Marker } from "maplibre-gl";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { InitiativeCollection, InitiativeFeature } from "@/lib/initiatives/queries";
import type { TileSource } from "@/lib/initiatives/tiles";
import { ATTRIBUTION, type Basemap, baseStyle, EUROPE_VIEW, enableTiles, loadMaplibre, maplibreLocale, minPopulationAt } from "./maplibre";
import { InitiativePanel } from "./initiative-panel";

type Status = "loading" | "ready" | "error";

/**
 * The interactive map: the bundled basemap, the initiatives clustered by MapLibre, and one HTML
 * button per cluster or initiative (so each is focusable and named). Choosing an initiative opens a
 * panel beside the map. The list page shows the same results for everyone who prefers a list.
 */
export function InitiativesMap({ dataUrl, tiles }: { dataUrl: string; tiles: TileSource | null }) {
  const t = useTranslations("initiatives.map");
  const tt = useTranslations("initiatives.types");
  const locale = useLocale();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const lastFocused = useRef<HTMLElement | null>(null);
  const [status, setStatus] = useState<Status>("loading");
  const [count, setCount] = useState(0);
  const [selected, setSelected] = useState<InitiativeFeature | null>(null);

  useEffect(() => {
    let cancelled = false;
    const markers = new Map<string, Marker>();
    const labels = new Map<string, Marker>();
    let map: MapLibreMap | null = null;

    (async () => {
      try {
        const [maplibregl, basemap, data] = await Promise.all([
          loadMaplibre(),
          fetch(`/api/map/basemap?locale=${locale}`).then((r) => {
            if (!r.ok) throw new Error(`basemap ${r.status}`);
            return r.json() as Promise<Basemap>;
          }),
          fetch(dataUrl).then((r) => {
            if (!r.ok) throw new Error(`data ${r.status}`);
            return r.json() as Promise<InitiativeCollection>;
          }),
        ]);
        await enableTiles(maplibregl, tiles);
        if (cancelled || !container.current) return;
        const byId = new Map(data.features.map((f) => [f.id, f]));
        map = new maplibregl.Map({
          container: container.current,
          style: baseStyle(basemap, tiles),
          center: EUROPE_VIEW.center,
          zoom: EUROPE_VIEW.zoom,
          minZoom: 2,
          maxZoom: tiles ? 17 : 13,
          attributionControl: false,
          locale: maplibreLocale(t),
          dragRotate: false,
          pitchWithRotate: false,
        });
        mapRef.current = map;
        map.touchZoomRotate.disableRotation();
        map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
        map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: ATTRIBUTION }), "bottom-right");
        map.getCanvas().setAttribute("aria-label", t("canvasLabel"));

        map.on("load", () => {
          if (!map) return;
          map.addSource("initiatives", { type: "geojson", data, cluster: true, clusterRadius: 48, clusterMaxZoom: 12 });
          // A sensitive venue is an area, not a pin: a circle of about 1 km at every zoom.
          map.addLayer({
            id: "approximate-areas",
            type: "circle",
            source: "initiatives",
            filter: ["all", ["!", ["has", "point_count"]], ["==", ["get", "approximate"], true]],
            paint: {
              "circle-radius": ["interpolate", ["exponential", 2], ["zoom"], 5, 0.35, 10, 11, 15, 350],
              "circle-color": "#0b5564",
              "circle-opacity": 0.15,
              "circle-stroke-color": "#0b5564",
              "circle-stroke-width": 1,
            },
          });
          if (data.features.length > 0) {
            const bounds = new maplibregl.LngLatBounds();
            for (const f of data.features) bounds.extend(f.geometry.coordinates);
            map.fitBounds(bounds, { padding: 48, maxZoom: 10, duration: 0 });
          }
          setCount(data.features.length);
          setStatus("ready");
        });

        const updateMarkers = () => {
          if (!map?.getSource("initiatives") || !map.isSourceLoaded("initiatives")) return;
          const seen = new Set<string>();
          for (const f of map.querySourceFeatures("initiatives")) {
            const props = f.properties as Record<string, unknown>;
            const isCluster = props.cluster === true;
            const key = isCluster ? `c${props.cluster_id}` : String(props.slug);
            if (seen.has(key)) continue;
            seen.add(key);
            if (markers.has(key)) continue;
            const [lng, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
            const button = document.createElement("button");
            button.type = "button";
            if (isCluster) {
              const n = Number(props.point_count);
              button.className = "map-cluster";
              button.textContent = String(props.point_count_abbreviated ?? n);
              button.setAttribute("aria-label", t("cluster", { count: n }));
              button.addEventListener("click", async () => {
                const source = map?.getSource("initiatives") as GeoJSONSource | undefined;
                const zoom = await source?.getClusterExpansionZoom(Number(props.cluster_id));
                map?.easeTo({ center: [lng, lat], zoom: zoom ?? (map?.getZoom() ?? 4) + 2 });
              });
            } else {
              const feature = byId.get(key);
              button.className = feature?.properties.approximate ? "map-pin map-pin-area" : "map-pin";
              button.setAttribute(
                "aria-label",
                `${String(props.name)} — ${tt(String(props.type))}, ${String(props.city)}${feature?.properties.approximate ? ` (${t("approximateShort")})` : ""}`,
              );
              button.addEventListener("click", () => {
                lastFocused.current = button;
                if (feature) setSelected(feature);
              });
            }
            markers.set(key, new maplibregl.Marker({ element: button }).setLngLat([lng, lat]).addTo(map));
          }
          for (const [key, marker] of markers) {
            if (!seen.has(key)) {
              marker.remove();
              markers.delete(key);
            }
          }
        };

        const updateLabels = () => {
          if (!map) return;
          const bounds = map.getBounds();
          const min = minPopulationAt(map.getZoom());
          const wanted = new Set<string>();
          for (const c of basemap.cities) {
            if (c.population < min || !bounds.contains([c.lng, c.lat])) continue;
            const key = `${c.name}@${c.lat},${c.lng}`;
            wanted.add(key);
            if (labels.has(key)) continue;
            const span = document.createElement("span");
            span.className = "map-city";
            span.textContent = c.name;
            span.setAttribute("aria-hidden", "true");
            labels.set(key, new maplibregl.Marker({ element: span, anchor: "left", offset: [4, 0] }).setLngLat([c.lng, c.lat]).addTo(map));
          }
          for (const [key, label] of labels) {
            if (!wanted.has(key)) {
              label.remove();
              labels.delete(key);
            }
          }
        };

        map.on("moveend", () => {
          updateMarkers();
          updateLabels();
        });
        map.on("sourcedata", (e) => {
          if (e.sourceId === "initiatives" && e.isSourceLoaded) updateMarkers();
        });
        map.on("load", updateLabels);
      } catch (error) {
        console.warn("[map] could not be shown:", (error as Error).message);
        if (!cancelled) setStatus("error");
      }
    })();

    return () => {
      cancelled = true;
      for (const m of markers.values()) m.remove();
      for (const m of labels.values()) m.remove();
      map?.remove();
      mapRef.current = null;
    };
  }, [dataUrl, tiles, locale, t, tt]);

  const close = () => {
    setSelected(null);
    lastFocused.current?.focus();
  };

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div>
        <p role="status" className="mb-2 text-sm text-muted">
          {status === "loading" && t("loading")}
          {status === "ready" && t("onTheMap", { count })}
          {status === "error" && t("failed")}
        </p>
        <section aria-label={t("mapTitle")} className="relative h-[28rem] overflow-hidden rounded-lg border border-line md:h-[36rem]">
          <div ref={container} className="epanema-map h-full w-full" />
        </section>
        <p className="mt-2 text-sm text-muted">{t("keyboardHint")}</p>
      </div>
      <InitiativePanel feature={selected} onClose={close} />
    </div>
  );
}
