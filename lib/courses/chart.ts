import "server-only";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

// The report's chart, drawn on the server with Observable Plot on a linkedom document: SVG in the
// HTML, no chart code in the browser. Plot's inline <style> elements are dropped (the page's CSS
// sets the font) and the figure is one image with a text alternative; the same numbers are in a
// table next to it (see docs/decisions/006-training.md).

export type BarGroup = { label: string; values: { series: string; value: number }[] };

const COLOURS = ["#0b5564", "#c2410c"];

export function groupedBarChart(groups: BarGroup[], options: { title: string; series: string[]; xLabel: string }): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const data = groups.flatMap((g) => g.values.map((v) => ({ group: g.label, series: v.series, value: v.value })));
  const max = Math.max(1, ...data.map((d) => d.value));
  const svg = Plot.plot({
    document: document as unknown as Document,
    width: 640,
    marginLeft: 190,
    marginRight: 24,
    height: Math.max(120, groups.length * (options.series.length * 22 + 34) + 40),
    // Whole people only: at most one tick per unit.
    x: { label: options.xLabel, grid: true, domain: [0, max], nice: true, ticks: Math.min(max, 8), tickFormat: "d" },
    y: { axis: null, domain: options.series },
    fy: { label: null, domain: groups.map((g) => g.label), axis: null, padding: 0.25 },
    color: { domain: options.series, range: COLOURS },
    marks: [
      Plot.barX(data, { x: "value", y: "series", fy: "group", fill: "series" }),
      Plot.text(data, {
        x: "value",
        y: "series",
        fy: "group",
        text: (d: { value: number }) => String(d.value),
        dx: 4,
        textAnchor: "start",
        fill: "#10262f",
      }),
      Plot.axisFy({ anchor: "left", lineWidth: 13, tickSize: 0, fontSize: 11, label: null }),
      Plot.ruleX([0]),
    ],
  }) as unknown as Element;
  for (const style of Array.from(svg.querySelectorAll("style"))) style.remove();
  // One image with one text alternative: the marks' own labels ("bar", "x-axis tick") would be
  // ARIA on elements without a role, which assistive technology ignores and axe refuses.
  for (const el of Array.from(svg.querySelectorAll("[aria-label], [aria-description]"))) {
    el.removeAttribute("aria-label");
    el.removeAttribute("aria-description");
  }
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", options.title);
  svg.setAttribute("class", "h-auto w-full max-w-full text-[11px]");
  svg.setAttribute("font-family", "inherit");
  return svg.outerHTML;
}
