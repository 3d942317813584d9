import type { FwGovChrome } from '@fawang/ui';
import type { ResolvedRegionProfile } from '@fawang/regions';

/** Demo filing numbers (`DEMO…`) must not send visitors to the national 纠错 system with a code it does not know. */
const DEMO_SITE_CODE = /^DEMO/;

/** The footer's government-site facts, straight from the profile (网站标识码, ICP/公安备案, 纠错, hotlines). */
export function govChrome(profile: ResolvedRegionProfile): FwGovChrome {
  const site = profile.site;
  return {
    organizer: site.organizer,
    ...(site.correctionHref ? { errorReportHref: site.correctionHref } : { errorReport: !DEMO_SITE_CODE.test(site.siteCode ?? '') }),
    ...(site.siteCode ? { siteCode: site.siteCode } : {}),
    ...(site.icp ? { icp: site.icp } : {}),
    ...(site.publicSecurity ? { publicSecurity: site.publicSecurity } : {}),
    ...(site.partyGovMark !== undefined ? { partyGovMark: site.partyGovMark } : {}),
    ...(site.privacyHref ? { privacyHref: site.privacyHref } : {}),
    ...(site.accessibilityHref ? { accessibilityHref: site.accessibilityHref } : {}),
    hotlines: profile.channels.hotlines.map((h) => ({ name: h.name, number: h.number })),
  };
}
