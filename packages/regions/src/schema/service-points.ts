/**
 * Physical service points (实体平台): public legal service centres (中心), stations (站), rooms (室) and hotline
 * centres at the levels the plans describe. They are inherited: a city lists its province's points plus its
 * own (`$merge`), or replaces them with a plain list.
 */
import { z } from 'zod';
import { divisionOrTownCode, keyedList, slug, text } from './common.js';

export const SERVICE_POINT_KINDS = ['centre', 'station', 'room', 'hotline_centre'] as const;
export const SERVICE_POINT_LEVELS = ['province', 'city', 'county', 'town', 'village'] as const;

/** WGS84, as GPS and most web maps use; a point from a GCJ-02 (火星坐标) map must be converted first. */
const location = z.strictObject({
  lat: z.number().min(-90, 'latitude is between -90 and 90').max(90, 'latitude is between -90 and 90'),
  lng: z.number().min(-180, 'longitude is between -180 and 180').max(180, 'longitude is between -180 and 180'),
});

export const servicePoint = z.strictObject({
  id: slug,
  name: text,
  kind: z.enum(SERVICE_POINT_KINDS),
  level: z.enum(SERVICE_POINT_LEVELS),
  divisionCode: divisionOrTownCode,
  /** As precise as the source is: "乐山市市中区" when only the district is known. */
  address: text,
  phone: z.string().regex(/^(?=.{3,20}$)\d+(-\d+)*$/, 'a telephone number is 3–20 digits, "-" between groups').optional(),
  hours: text.optional(),
  location: location.optional(),
});

export const servicePoints = keyedList(servicePoint, 'id');
