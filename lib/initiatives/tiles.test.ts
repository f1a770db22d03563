import { describe, expect, it } from "vitest";
import { buildPageCsp } from "@/lib/security/csp";
import { isMapPage, parseTileUrl } from "./tiles";

describe("MAP_TILE_URL", () => {
  it("accepts a PMTiles archive or an XYZ vector template on http(s), and nothing else", () => {
    expect(parseTileUrl("pmtiles://https://tiles.example.org/europe.pmtiles")).toEqual({
      kind: "pmtiles",
      url: "pmtiles://https://tiles.example.org/europe.pmtiles",
      origin: "https://tiles.example.org",
    });
    expect(parseTileUrl("https://tiles.example.org/eu/{z}/{x}/{y}.mvt")?.origin).toBe("https://tiles.example.org");
    expect(parseTileUrl(undefined)).toBeNull();
    expect(parseTileUrl("")).toBeNull();
    expect(parseTileUrl("https://tiles.example.org/eu/tiles.mvt")).toBeNull();
    expect(parseTileUrl("javascript:alert(1)//{z}/{x}/{y}")).toBeNull();
    expect(parseTileUrl("ftp://tiles.example.org/{z}/{x}/{y}.mvt")).toBeNull();
  });

  it("opens connect-src to the tile server on the map pages only", () => {
    expect(isMapPage("/en/map")).toBe(true);
    expect(isMapPage("/pl/map/suggest")).toBe(true);
    expect(isMapPage("/en/map/i/some-slug/edit")).toBe(true);
    expect(isMapPage("/en/map/list")).toBe(false);
    expect(isMapPage("/en/map/i/some-slug")).toBe(false);
    expect(isMapPage("/en/knowledge")).toBe(false);
    const withTiles = buildPageCsp("n", { connect: ["https://tiles.example.org"] });
    expect(withTiles).toContain("connect-src 'self' https://tiles.example.org;");
    // Without tiles the policy is the one every page has.
    expect(buildPageCsp("n", { connect: [] })).toBe(buildPageCsp("n"));
    expect(buildPageCsp("n")).toContain("worker-src 'self' blob:");
  });
});
