/**
 * A tel: address for a hotline as people write it. Spaces, brackets and hyphens between digit groups
 * are dropped ("028-1234 5678" → tel:02812345678); a service number followed by a menu key, as in
 * "12348-1" (press 1 after the call connects, e.g. a bilingual seat), becomes a pause then the key
 * (tel:12348,1), which phones dial as intended.
 */
export function telHref(number: string): string {
  const compact = number.replace(/[\s()（）]/g, '');
  const menu = /^(1\d{4})-(\d{1,2})$/.exec(compact);
  if (menu) return `tel:${menu[1]},${menu[2]}`;
  return `tel:${compact.replace(/[^\d+*#,]/g, '')}`;
}
