import { darkenUntil, shade } from './color.js';

/** What a region profile may say about its look (profile.theme). */
export interface RegionTheme {
  /** #rrggbb; buttons, links and the header use it. */
  brandColor?: string;
}

/**
 * Derives the brand tokens from one colour. A colour too light for white text (e.g. a pale provincial
 * green) is darkened until it reaches 4.5:1, so a profile cannot make the portal fail WCAG AA.
 */
export function brandTokens(theme: RegionTheme): Record<string, string> {
  if (!theme.brandColor) return {};
  const brand = darkenUntil(theme.brandColor, '#ffffff', 4.5);
  return {
    '--fw-region-brand': brand,
    '--fw-region-brand-hover': shade(brand, 0.2),
    '--fw-region-brand-subtle': shade(brand, -0.9),
  };
}

/**
 * Applies a region's brand to an element (usually <html>). It sets the --fw-region-* inputs, not the
 * --fw-color-* tokens, so high-contrast mode (which sets --fw-color-brand itself) still wins.
 */
export function applyRegionTheme(el: HTMLElement, theme: RegionTheme): void {
  for (const [name, value] of Object.entries(brandTokens(theme))) el.style.setProperty(name, value);
}
