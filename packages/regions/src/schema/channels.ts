/**
 * How people reach the service besides the portal: hotlines (12348 and the local lines it is merged into)
 * and other online channels (government apps, mini programs, official accounts) as links.
 * Offline halls (实体平台) are `servicePoints`.
 */
import { z } from 'zod';
import { httpsUrl, keyedList, text } from './common.js';

export const hotline = z.strictObject({
  name: text,
  /** Digits and "-": an area code (0833-1234567) or a menu key (12348-1 dials 12348, then 1). */
  number: z.string().regex(/^(?=.{3,20}$)\d+(-\d+)*$/, 'a telephone number is 3–20 digits, "-" between groups (0833-1234567, 12348-1)'),
  /** When it answers, e.g. 7×24 or 工作日 9:00–17:00. */
  hours: text.optional(),
  description: text.optional(),
});

export const ONLINE_CHANNEL_KINDS = ['app', 'mini_program', 'website', 'wechat', 'alipay'] as const;

export const onlineChannel = z.strictObject({
  name: text,
  kind: z.enum(ONLINE_CHANNEL_KINDS),
  /** Only an address known to be official; a channel without one is shown as a name. */
  href: httpsUrl.optional(),
  description: text.optional(),
});

export const hotlines = keyedList(hotline, 'number');
export const onlineChannels = keyedList(onlineChannel, 'name');

export const channels = z.strictObject({ hotlines: hotlines.list, online: onlineChannels.list.default([]) });
export const channelsPatch = z.strictObject({ hotlines: hotlines.patch.optional(), online: onlineChannels.patch.optional() });
