/**
 * Containment of administrative divisions by code (GB/T 2260 for province, city and county, six digits; the
 * statistical codes below: nine digits for towns 乡镇/街道, twelve for villages 村/社区). A six-digit code
 * stands for everything under it: 510000 (四川省) is every code starting 51, 511100 (乐山市) every code
 * starting 5111; a county, town or village code stands for itself and what starts with it.
 */
export function divisionPrefix(code: string): string {
  if (code.length > 6) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** Whether the division `inner` lies within (or is) the division `outer`. */
export function divisionContains(outer: string, inner: string): boolean {
  return inner.startsWith(divisionPrefix(outer));
}

const DIVISION_CODE = /^(\d{6}|\d{9}|\d{12})$/;

export function isDivisionCode(code: string): boolean {
  return DIVISION_CODE.test(code);
}
