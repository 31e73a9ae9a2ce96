import type { GeoPoint } from './attendance.events';

const EARTH_RADIUS_METRES = 6_371_008.8;
const rad = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance (haversine) in whole metres. */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h))));
}

/** A check-in farther than this from the activity's station is flagged (never refused). */
export const FAR_FROM_STATION_METRES = 1000;

export const isGeoPoint = (value: unknown): value is GeoPoint =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as GeoPoint).lat === 'number' &&
  typeof (value as GeoPoint).lng === 'number' &&
  Number.isFinite((value as GeoPoint).lat) &&
  Number.isFinite((value as GeoPoint).lng) &&
  Math.abs((value as GeoPoint).lat) <= 90 &&
  Math.abs((value as GeoPoint).lng) <= 180;
