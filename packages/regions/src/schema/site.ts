/**
 * Government-site chrome (政府网站标识): the facts every government website's footer shows. The shape matches
 * `FwGovChrome` in packages/ui (components/footer/types.ts), which renders them.
 */
import { z } from 'zod';
import { httpsUrl, httpsUrlOrPath, text } from './common.js';

/**
 * 网站标识码: 10 characters. Local sites have 10 digits, central departments "bm" and 8 digits. A demo site
 * writes "DEMO" and 6 digits, which no real register issues, so a demo footer cannot pass for a real one.
 */
export const siteCode = z
  .string()
  .regex(/^(\d{10}|bm\d{8}|DEMO\d{6})$/, 'a 网站标识码 is 10 digits, "bm" and 8 digits (a central department) or "DEMO" and 6 digits (a demo site)');

const publicSecurity = z.strictObject({
  /** As shown, e.g. 川公网安备51010502000000号. */
  text,
  /** The digits the MPS lookup takes. */
  code: z.string().regex(/^\d{6,20}$/, 'a 公安机关备案 code is 6–20 digits'),
});

export const site = z.strictObject({
  /** 主办单位, e.g. 乐山市司法局. */
  organizer: text.describe('主办单位, e.g. 乐山市司法局'),
  siteCode: siteCode.optional(),
  /** ICP备案号, e.g. 蜀ICP备12345678号-1. */
  icp: text.optional(),
  publicSecurity: publicSecurity.optional(),
  /** Shows the 党政机关网站标识. */
  partyGovMark: z.boolean().optional(),
  /** 我要纠错: overrides the address the chrome derives from `siteCode`. */
  correctionHref: httpsUrl.optional(),
  /** 隐私声明. */
  privacyHref: httpsUrlOrPath.optional(),
  /** 无障碍声明. */
  accessibilityHref: httpsUrlOrPath.optional(),
});

export const sitePatch = site.partial().extend({ publicSecurity: publicSecurity.partial().optional() });
