/** Great-circle distance between two points on the Earth (haversine formula, mean Earth radius). */
export interface LatLng {
  lat: number;
  lng: number;
}

/** Mean Earth radius in kilometres (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Distance in kilometres between two WGS-84 coordinates. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Sorts items by distance from `origin`, nearest first; items without a location keep their order
 * after the located ones. Returns a new array of `{ item, km }`.
 */
export function sortByDistance<T extends { location?: LatLng }>(items: readonly T[], origin: LatLng): { item: T; km: number | undefined }[] {
  return items
    .map((item, index) => ({ item, index, km: item.location ? distanceKm(origin, item.location) : undefined }))
    .sort((x, y) => {
      if (x.km === undefined && y.km === undefined) return x.index - y.index;
      if (x.km === undefined) return 1;
      if (y.km === undefined) return -1;
      return x.km - y.km || x.index - y.index;
    })
    .map(({ item, km }) => ({ item, km }));
}
