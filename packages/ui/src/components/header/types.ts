/** A region the portal can switch to (another city's or the province's portal). */
export interface FwRegionChoice {
  id: string;
  name: string;
}

/** A language the portal offers; `label` is written in that language (中文, English, བོད་ཡིག). */
export interface FwLocaleChoice {
  code: string;
  label: string;
}

export interface FwHeaderUser {
  displayName: string;
}

export type FwContrast = 'standard' | 'high';
