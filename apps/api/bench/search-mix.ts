/**
 * A deterministic mix of distinct searches built from the seeded data (family names, regions, types,
 * specialties, pages), drawn with Zipf-like popularity (s = 1): a few searches are very common (a
 * region's lawyers, page 1), most are rare. With the read cache off every request reaches the database.
 */
export function searchMix(surnames: readonly string[], size: number): { paths: string[]; pick: () => string } {
  const regionIds = ['', 'beijing', 'sichuan', 'leshan', 'zhongshan'];
  const types = ['', 'lawyer', 'lawyer', 'notary', 'mediator', 'appraiser', 'legal_aid_worker'];
  const specialties = ['', '', 'labour', 'marriage_family', 'criminal', 'contract', 'traffic_accident', 'inheritance', 'company'];
  const sorts = ['', '', '', 'name', '-yearsOfPractice'];
  // mulberry32: a small seeded generator, so every run drives the same mix.
  let state = 20_261_125;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pickOf = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const paths = new Set<string>();
  while (paths.size < size) {
    const params = new URLSearchParams();
    const region = pickOf(regionIds);
    if (region) params.set('regionId', region);
    const type = pickOf(types);
    if (type) params.set('type', type);
    const specialty = pickOf(specialties);
    if (specialty) params.set('specialty', specialty);
    if (next() < 0.35) params.set('q', pickOf(surnames));
    if (next() < 0.1) params.set('divisionCode', pickOf(['511100', '511132', '110105', '442000', '510100']));
    const sort = pickOf(sorts);
    if (sort) params.set('sort', sort);
    const page = next() < 0.7 ? 1 : next() < 0.7 ? 2 : 3;
    if (page > 1) params.set('page', String(page));
    paths.add(`/api/v1/practitioners?${params.toString()}`);
  }
  const ordered = [...paths];
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= ordered.length; rank++) cumulative.push((total += 1 / rank));
  return {
    paths: ordered,
    pick: () => {
      const target = next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! > target) hi = mid;
        else lo = mid + 1;
      }
      return ordered[lo]!;
    },
  };
}
