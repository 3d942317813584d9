import { describe, expect, it } from 'vitest';
import { distanceKm, sortByDistance } from '../distance.js';

// City centres (WGS-84) and their published great-circle distances.
const BEIJING = { lat: 39.9042, lng: 116.4074 };
const SHANGHAI = { lat: 31.2304, lng: 121.4737 };
const GUANGZHOU = { lat: 23.1291, lng: 113.2644 };
const SHENZHEN = { lat: 22.5431, lng: 114.0579 };
const CHENGDU = { lat: 30.5728, lng: 104.0668 };
const CHONGQING = { lat: 29.563, lng: 106.5516 };

describe('distanceKm (haversine)', () => {
  it('matches known city pairs', () => {
    expect(distanceKm(BEIJING, SHANGHAI)).toBeGreaterThan(1060);
    expect(distanceKm(BEIJING, SHANGHAI)).toBeLessThan(1075); // ≈ 1 067 km
    expect(distanceKm(GUANGZHOU, SHENZHEN)).toBeCloseTo(104, 0); // ≈ 104 km
    expect(distanceKm(CHENGDU, CHONGQING)).toBeGreaterThan(260);
    expect(distanceKm(CHENGDU, CHONGQING)).toBeLessThan(270); // ≈ 265 km
  });

  it('is zero for the same point and symmetric', () => {
    expect(distanceKm(BEIJING, BEIJING)).toBe(0);
    expect(distanceKm(SHANGHAI, BEIJING)).toBeCloseTo(distanceKm(BEIJING, SHANGHAI), 9);
  });

  it('gives one degree of latitude as about 111 km', () => {
    expect(distanceKm({ lat: 30, lng: 120 }, { lat: 31, lng: 120 })).toBeCloseTo(111.2, 1);
  });

  it('handles antipodes without NaN', () => {
    const d = distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 });
    expect(d).toBeCloseTo(Math.PI * 6371.0088, 3);
  });
});

describe('sortByDistance', () => {
  it('sorts nearest first and keeps unlocated items last in their order', () => {
    const items = [
      { id: 'a', location: SHANGHAI },
      { id: 'b' },
      { id: 'c', location: { lat: 39.95, lng: 116.4 } },
      { id: 'd' },
      { id: 'e', location: GUANGZHOU },
    ];
    const sorted = sortByDistance(items, BEIJING);
    expect(sorted.map((x) => x.item.id)).toEqual(['c', 'a', 'e', 'b', 'd']);
    expect(sorted[0]!.km).toBeLessThan(10);
    expect(sorted[3]!.km).toBeUndefined();
  });
});
