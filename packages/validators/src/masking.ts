/**
 * Masking for personal data shown in lists and logs. Each helper keeps just enough for a person to
 * recognise their own record and nothing that identifies someone else.
 */

const MASK = '*';

function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  const chars = Array.from(value);
  if (chars.length <= keepStart + keepEnd) return MASK.repeat(chars.length);
  return chars.slice(0, keepStart).join('') + MASK.repeat(chars.length - keepStart - keepEnd) + chars.slice(chars.length - keepEnd).join('');
}

/** 110105194912310021 → 110***********0021 (first 3 and last 4 kept, as most government portals do). */
export function maskResidentId(id: string): string {
  return maskMiddle(id.trim(), 3, 4);
}

/** 13812345678 → 138****5678; landlines keep their area code and the last 2 digits. */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (/^1\d{10}$/.test(p)) return maskMiddle(p, 3, 4);
  const landline = /^(0\d{2,3})-?(\d{7,8})$/.exec(p);
  if (landline) return `${landline[1]}-${maskMiddle(landline[2]!, 0, 2)}`;
  return maskMiddle(p, 2, 2);
}

/** 张三 → 张*, 欧阳娜娜 → 欧***; Latin names keep their first letter. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  return chars[0] + MASK.repeat(Math.max(1, chars.length - 1));
}

/** zhang.san@example.org → z********@example.org */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return maskMiddle(email, 1, 0);
  return email[0] + MASK.repeat(at - 1) + email.slice(at);
}
