/**
 * The region profile format (地区配置). A profile file holds what one province, city or county changes
 * about the portal: which modules it offers, its hotlines, its legal-aid rules. A profile may extend
 * another (`leshan` extends `sichuan`) and then states only what differs; the resolved profile must be
 * complete. Both shapes are defined here so that a mistake is reported in the file that made it.
 */
import { z } from 'zod';

export const MODULE_IDS = ['legal-aid', 'lawyers', 'notary', 'mediation', 'forensic', 'arbitration'] as const;
export type ModuleId = (typeof MODULE_IDS)[number];

export const REGION_LEVELS = ['national', 'province', 'city', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Locales the portal ships; zh-CN first. Minority-language content is a module's concern. */
export const LOCALES = ['zh-CN', 'en'] as const;

const regionId = z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, 'a region id is 2–32 lower-case letters, digits or "-", starting with a letter');
const divisionCode = z.string().regex(/^\d{6}$/, 'a GB/T 2260 division code has 6 digits');

const moduleSettings = z.strictObject({
  enabled: z.boolean(),
  /** Module-specific settings; each module validates its own part when it loads. */
  config: z.record(z.string(), z.unknown()).optional(),
});

const hotline = z.strictObject({
  name: z.string().min(1),
  number: z.string().regex(/^[0-9-]{3,20}$/, 'a telephone number has 3–20 digits or "-"'),
});

const channels = z.strictObject({
  hotlines: z.array(hotline),
  /**
   * Other online channels the region links to (天府通办, 粤省事 …). Offline halls (实体平台) are organizations
   * of type service_centre in the directory, not listed here.
   */
  online: z.array(z.strictObject({ name: z.string().min(1), kind: z.enum(['app', 'mini_program', 'website', 'wechat']) })).default([]),
});

const legalAid = z.strictObject({
  deadlines: z.strictObject({
    /** 法律援助法 §43: decide within 7 working days; a province may shorten it. */
    decideWithinDays: z.number().int().min(1).max(30),
    dayCounting: z.enum(['working', 'calendar']),
  }),
  /** 经济困难标准: monthly income per household member below which an applicant qualifies, in yuan. */
  incomeThresholdYuan: z.number().int().positive().optional(),
});

const theme = z.strictObject({
  /** A CSS colour for --fw-color-brand; the design system derives the rest. */
  brandColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb').optional(),
});

/** Settings that a child inherits from the profile it extends. */
const inheritable = {
  locales: z.array(z.enum(LOCALES)).min(1),
  modules: z.strictObject(Object.fromEntries(MODULE_IDS.map((id) => [id, moduleSettings])) as Record<ModuleId, typeof moduleSettings>),
  channels,
  legalAid,
  theme,
};

/** Settings that belong to one region and are never inherited. */
const own = {
  id: regionId,
  name: z.string().min(1),
  nameEn: z.string().min(1).optional(),
  level: z.enum(REGION_LEVELS),
  /** The administrative parent (乐山 → 四川); the national profile has none. */
  parent: regionId.optional(),
  /** The profile whose settings this one starts from; defaults to `parent`. */
  extends: regionId.optional(),
  divisionCode: divisionCode.optional(),
  population: z.number().int().nonnegative().optional(),
};

/** A deep-partial of the inheritable settings, so a child states only what differs. */
const partialModules = z.strictObject(
  Object.fromEntries(MODULE_IDS.map((id) => [id, moduleSettings.partial()])) as Record<ModuleId, ReturnType<typeof moduleSettings.partial>>,
).partial();

/** The shape of a profile file. */
export const regionProfileFile = z.strictObject({
  $schema: z.string().optional(),
  ...own,
  locales: inheritable.locales.optional(),
  modules: partialModules.optional(),
  channels: channels.partial().optional(),
  legalAid: z
    .strictObject({ deadlines: legalAid.shape.deadlines.partial().optional(), incomeThresholdYuan: legalAid.shape.incomeThresholdYuan })
    .optional(),
  theme: theme.optional(),
});
export type RegionProfileFile = z.infer<typeof regionProfileFile>;

/** A profile after inheritance: every setting present. */
export const resolvedRegionProfile = z.strictObject({ ...own, ...inheritable });
export type ResolvedRegionProfile = z.infer<typeof resolvedRegionProfile>;
