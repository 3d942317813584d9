/** WCAG 2.x relative luminance and contrast, used to keep a region's brand colour legible. */

export type Rgb = readonly [number, number, number];

export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new TypeError(`expected a colour written #rrggbb, got "${hex}"`);
  const n = Number.parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(parseHex(a)), luminance(parseHex(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Mixes a colour toward black (amount > 0) or white (amount < 0), amount in 0..1. */
export function shade(hex: string, amount: number): string {
  const rgb = parseHex(hex);
  const target = amount >= 0 ? 0 : 255;
  const t = Math.abs(amount);
  return toHex(rgb.map((c) => c + (target - c) * t) as unknown as Rgb);
}

/** Darkens a colour in small steps until white text on it reaches `ratio` (it always can: black does). */
export function darkenUntil(hex: string, against: string, ratio: number): string {
  let colour = hex;
  for (let step = 0; step < 40 && contrastRatio(colour, against) < ratio; step++) colour = shade(colour, 0.06);
  return contrastRatio(colour, against) >= ratio ? colour : '#000000';
}
