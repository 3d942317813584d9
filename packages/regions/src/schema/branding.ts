/** The portal's name and look (品牌): shown in the header and the browser title, coloured by the design system. */
import { z } from 'zod';
import { httpsUrlOrPath, text } from './common.js';

const logo = z.strictObject({
  /** An image on the portal's origin ("/brand/sichuan.svg") or an https:// address. */
  src: httpsUrlOrPath,
  /** Alternative text, e.g. 四川省司法厅. */
  alt: text,
});

export const branding = z.strictObject({
  /** 网站名称, e.g. 四川法律服务网. */
  siteName: text.describe('网站名称, e.g. 四川法律服务网'),
  siteNameEn: text.optional(),
  /** A CSS colour for --fw-color-brand; the design system derives the rest and keeps text contrast. */
  brandColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb').optional(),
  logo: logo.optional(),
});

export const brandingPatch = branding.partial().extend({ logo: logo.partial().optional() });
