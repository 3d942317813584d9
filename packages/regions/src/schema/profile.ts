/**
 * A region profile (地区配置): one file per province, city or county. Identity and the plan's indicator table
 * belong to the region; every other section is inherited from the profile it extends, and a file states only
 * what differs. `regionProfileFile` is what a file may say, `resolvedRegionProfile` what a region has after
 * inheritance (every section complete); both are checked so that a mistake is reported in the file that made it.
 */
import { z } from 'zod';
import { arbitration, arbitrationPatch, feeSchedules } from './arbitration.js';
import { branding, brandingPatch } from './branding.js';
import { channels, channelsPatch, hotlines, onlineChannels } from './channels.js';
import { divisionCode, regionId, text, type ListRule } from './common.js';
import { indicators } from './indicators.js';
import { exemptCategories, legalAid, legalAidPatch, pledgeCategories, thresholds } from './legal-aid.js';
import { mediation, mediationPatch } from './mediation.js';
import { modules, modulesPatch } from './modules.js';
import { notary, notaryCatalogue, notaryPatch } from './notary.js';
import { servicePoints } from './service-points.js';
import { site, sitePatch } from './site.js';

export const REGION_LEVELS = ['national', 'province', 'city', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Locales the portal ships; zh-CN first. Minority-language content is a module's concern. */
export const LOCALES = ['zh-CN', 'en'] as const;

const locales = z
  .array(z.enum(LOCALES))
  .min(1, 'list at least one locale')
  .refine((list) => new Set(list).size === list.length, 'each locale once');

/** Settings that belong to one region and are never inherited. */
const own = {
  id: regionId,
  name: text,
  nameEn: text.optional(),
  level: z.enum(REGION_LEVELS),
  /** The administrative parent (乐山 → 四川); the national profile has none. */
  parent: regionId.optional(),
  /** The profile whose settings this one starts from; defaults to `parent`. */
  extends: regionId.optional(),
  divisionCode: divisionCode.optional(),
  population: z.number().int().nonnegative().optional(),
};

/** Keys that are never inherited; `indicators` is the region's own plan table. */
export const OWN_KEYS: ReadonlySet<string> = new Set(['$schema', ...Object.keys(own), 'indicators']);

/** The keyed lists a file may merge into, by their path in the profile. */
export const LIST_RULES: Readonly<Record<string, ListRule>> = {
  'channels.hotlines': hotlines.rule,
  'channels.online': onlineChannels.rule,
  servicePoints: servicePoints.rule,
  'legalAid.hardship.thresholds': thresholds.rule,
  'legalAid.hardship.exemptCategories': exemptCategories.rule,
  'legalAid.hardship.pledgeCategories': pledgeCategories.rule,
  'notary.catalogue': notaryCatalogue.rule,
  'arbitration.feeSchedules': feeSchedules.rule,
};

/** The shape of a profile file. */
export const regionProfileFile = z.strictObject({
  /** The JSON Schema editors validate against ("./region-profile.schema.json"). */
  $schema: z.string().optional(),
  ...own,
  indicators: indicators.optional(),
  locales: locales.optional(),
  branding: brandingPatch.optional(),
  channels: channelsPatch.optional(),
  site: sitePatch.optional(),
  modules: modulesPatch.optional(),
  servicePoints: servicePoints.patch.optional(),
  legalAid: legalAidPatch.optional(),
  mediation: mediationPatch.optional(),
  notary: notaryPatch.optional(),
  arbitration: arbitrationPatch.optional(),
});
export type RegionProfileFile = z.infer<typeof regionProfileFile>;

/** A profile after inheritance: every section present. */
export const resolvedRegionProfile = z.strictObject({
  ...own,
  locales,
  branding,
  channels,
  site,
  modules,
  servicePoints: servicePoints.list.default([]),
  legalAid,
  mediation,
  notary,
  arbitration,
  indicators: indicators.default([]),
});
export type ResolvedRegionProfile = z.infer<typeof resolvedRegionProfile>;
