/**
 * The profile file a new region starts from: its identity and what a justice bureau edits first — the
 * site's name (网站名称), the organizer (主办单位) and a hotline added with `$merge` so that the inherited
 * ones stay (the same pattern serves `online` channels and `servicePoints`). Everything else, modules
 * included, is inherited until the file says otherwise. Filings (网站标识码, ICP, 公安备案) are left out:
 * only the bureau knows them.
 */
import type { RegionProfileFile } from '@fawang/regions';
import type { Place } from './place.js';

export interface ProfileInput {
  id: string;
  parent: string;
  place: Place;
  nameEn?: string;
  /** The "$schema" reference, relative to the profile's folder. */
  schema: string;
}

/** 省/自治区 have a 司法厅; municipalities, cities and counties a 司法局. */
function justiceDepartment(name: string): string {
  return /(省|自治区)$/.test(name) ? `${name}司法厅` : `${name}司法局`;
}

export function scaffoldProfile({ id, parent, place, nameEn, schema }: ProfileInput): RegionProfileFile {
  return {
    $schema: schema,
    id,
    name: place.name,
    ...(nameEn ? { nameEn } : {}),
    level: place.level,
    parent,
    ...(place.divisionCode ? { divisionCode: place.divisionCode } : {}),
    branding: {
      siteName: `${place.name}公共法律服务网`,
      ...(nameEn ? { siteNameEn: `${nameEn} Legal Services` } : {}),
    },
    site: { organizer: justiceDepartment(place.name) },
    channels: {
      hotlines: {
        // Every city answers 12345 around the clock (国办发〔2020〕53号 merged the local hotlines into it).
        $merge: [{ name: '12345政务服务便民热线', number: '12345', hours: '7×24' }],
      },
    },
  };
}
