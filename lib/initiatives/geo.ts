// Coordinates: the public place of a sensitive venue, and distances. Pure functions, shared by the
// service (which stores the public place), the queries and the tests.

/** About 1 km in latitude. */
const CELL_LAT = 1 / 111;

function cellCentre(value: number, size: number): number {
  return (Math.floor(value / size) + 0.5) * size;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * The centre of the ~1 km × 1 km grid cell that holds the point. Deterministic (the same place
 * always gives the same cell, so editing and saving again reveals nothing more), and at most
 * ~0.7 km from the real place. The longitude cell widens towards the poles so that it stays
 * about 1 km wide.
 */
export function roundToGrid(lat: number, lng: number): { lat: number; lng: number } {
  const gridLat = cellCentre(lat, CELL_LAT);
  const cellLng = CELL_LAT / Math.max(Math.cos((gridLat * Math.PI) / 180), 0.01);
  return { lat: round6(gridLat), lng: round6(cellCentre(lng, cellLng)) };
}

/** What visitors may know of a place: the exact one, or for a sensitive venue the grid cell and no address. */
export function publicPlace(place: { lat: number; lng: number; address: string; sensitive: boolean }) {
  if (!place.sensitive) return { publicLat: round6(place.lat), publicLng: round6(place.lng), publicAddress: place.address };
  const cell = roundToGrid(place.lat, place.lng);
  return { publicLat: cell.lat, publicLng: cell.lng, publicAddress: "" };
}

const EARTH_KM = 6371.0088;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Europe and its neighbours: the map's bounds and the range coordinates are accepted in. */
export const EUROPE_BOUNDS = { west: -31, south: 27, east: 45, north: 72 } as const;
