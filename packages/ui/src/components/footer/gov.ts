/**
 * Addresses the government-website rules require in a portal's footer (政府网站发展指引, MIIT and MPS
 * filing rules). Pure functions so the footer stays testable and a host can build the same links elsewhere.
 */

/** MIIT ICP filing lookup (工业和信息化部政务服务平台 ICP/IP地址/域名信息备案管理系统). */
export const ICP_URL = 'https://beian.miit.gov.cn/';

/** The national government-website error-report page (全国政府网站"我要纠错"). */
export const ERROR_REPORT_BASE = 'https://zfwzgl.www.gov.cn/exposure/jiucuo.html';

/**
 * The 我要纠错 link for a page: the site's 网站标识码 and the address of the page being reported.
 * `errorReportUrl('5111000001', 'https://fw.leshan.gov.cn/a?b=1')` →
 * `https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5111000001&url=https%3A%2F%2Ffw.leshan.gov.cn%2Fa%3Fb%3D1`
 */
export function errorReportUrl(siteCode: string, pageUrl: string): string {
  return `${ERROR_REPORT_BASE}?site_code=${encodeURIComponent(siteCode.trim())}&url=${encodeURIComponent(pageUrl)}`;
}

/**
 * The MPS filing lookup (全国互联网安全管理服务平台) for a 公安机关备案号 such as
 * "川公网安备 51110202000123号"; only the digits of the code are used.
 */
export function publicSecurityUrl(code: string): string {
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${code.replace(/\D/g, '')}`;
}

// Shared with every tel: link in the kit (src/internal/TelLink.vue).
export { telHref } from '../../internal/tel.js';
