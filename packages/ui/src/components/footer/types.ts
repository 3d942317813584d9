/** A service hotline shown in the footer, e.g. { name: '公共法律服务热线', number: '12348' }. */
export interface FwHotline {
  name: string;
  number: string;
}

/**
 * The government-site facts a region's footer shows (the host takes them from the region profile).
 * All but the organizer are optional because not every portal has every filing.
 */
export interface FwGovChrome {
  /** 主办单位, e.g. 乐山市司法局. */
  organizer: string;
  /** 网站标识码 (10 characters, issued with the government-website register). */
  siteCode?: string;
  /** ICP备案号, e.g. 蜀ICP备12345678号-1; links to the MIIT filing system. */
  icp?: string;
  /** 公安机关备案号: the text as shown and the digits of the code for the MPS lookup. */
  publicSecurity?: { text: string; code: string };
  /** Shows the 党政机关网站标识 (for party and government sites). */
  partyGovMark?: boolean;
  hotlines?: FwHotline[];
  /** 隐私声明. */
  privacyHref?: string;
  /** 无障碍声明. */
  accessibilityHref?: string;
  /** The 我要纠错 link; defaults to true when `siteCode` or `errorReportHref` is set. */
  errorReport?: boolean;
  /** A 纠错 page of the site's own, used instead of the national error-report system (which needs `siteCode`). */
  errorReportHref?: string;
}
